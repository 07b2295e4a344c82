package org.mockinterview.ai;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.mockinterview.platform.TimeoutKeys;

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

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Duration plan = TimeoutKeys.duration(context, "mockinterview.llm.plan-timeout", LlmConfig.PLAN_TIMEOUT);
        Map<String, String> keys = new HashMap<>();
        put(keys, PlanGenerator.class, "generate", plan);
        put(keys, PlanGenerator.class, "regenerate", reaskBudget(plan));
        put(keys, FollowUpGenerator.class, "generate",
                TimeoutKeys.duration(context, "mockinterview.llm.follow-up-timeout", LlmConfig.FOLLOW_UP_TIMEOUT));
        put(keys, AnswerReviewer.class, "review",
                TimeoutKeys.duration(context, "mockinterview.llm.review-timeout", LlmConfig.REVIEW_TIMEOUT));
        return List.of(new PropertiesConfigSource(keys, "llm-timeouts", TimeoutKeys.ORDINAL));
    }

    /** The re-ask's share of a plan's budget. */
    static Duration reaskBudget(Duration plan) {
        return plan.dividedBy(2);
    }

    private static void put(Map<String, String> keys, Class<?> service, String method, Duration budget) {
        // Fault Tolerance reads the annotations of quarkus-langchain4j's generated implementation, and its name
        TimeoutKeys.put(keys, List.of(service.getName(), service.getName() + IMPLEMENTATION_SUFFIX), method, budget);
    }
}
