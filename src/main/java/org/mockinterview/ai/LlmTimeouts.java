package org.mockinterview.ai;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the documented budgets ({@code mockinterview.llm.plan-timeout}, {@code follow-up-timeout},
 * {@code review-timeout}, durations such as {@code 8s}) into the {@code @Timeout} of each AI service method, which
 * MicroProfile Fault Tolerance only reads as a number and a unit. The plan's re-ask gets half the plan's budget and
 * is started only within the first half, so both calls together stay within it.
 */
public class LlmTimeouts implements ConfigSourceFactory {

    /** What the annotations say; every method's real value comes from this source. */
    public static final long FROM_CONFIG = 10_000;

    private static final String IMPLEMENTATION_SUFFIX = "$$QuarkusImpl";

    // Below application.properties (250), so a fault-tolerance key set there by hand still wins.
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Duration plan = duration(context, "mockinterview.llm.plan-timeout", Duration.ofSeconds(10));
        Map<String, String> keys = new HashMap<>();
        put(keys, PlanGenerator.class, "generate", plan);
        put(keys, PlanGenerator.class, "regenerate", reaskBudget(plan));
        put(keys, FollowUpGenerator.class, "generate",
                duration(context, "mockinterview.llm.follow-up-timeout", Duration.ofSeconds(8)));
        put(keys, AnswerReviewer.class, "review",
                duration(context, "mockinterview.llm.review-timeout", Duration.ofSeconds(20)));
        return List.of(new PropertiesConfigSource(keys, "llm-timeouts", ORDINAL));
    }

    /** The re-ask's share of a plan's budget. */
    static Duration reaskBudget(Duration plan) {
        return plan.dividedBy(2);
    }

    private static void put(Map<String, String> keys, Class<?> service, String method, Duration budget) {
        // Fault Tolerance reads the annotations of quarkus-langchain4j's generated implementation, and its name
        for (String type : List.of(service.getName(), service.getName() + IMPLEMENTATION_SUFFIX)) {
            String prefix = "quarkus.fault-tolerance.\"" + type + "/" + method + "\".timeout.";
            keys.put(prefix + "value", String.valueOf(Math.max(1, budget.toMillis())));
            keys.put(prefix + "unit", "millis");
        }
    }

    private static Duration duration(ConfigSourceContext context, String key, Duration fallback) {
        ConfigValue v = context.getValue(key);
        return v == null || v.getValue() == null || v.getValue().isBlank() ? fallback
                : DurationConverter.parseDuration(v.getValue().trim());
    }
}
