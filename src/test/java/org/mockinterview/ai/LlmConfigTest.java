package org.mockinterview.ai;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.quarkus.runtime.configuration.DurationConverter;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The one rule for "is a model configured": the explicit switch, else an API key; and the timeouts it feeds. */
class LlmConfigTest {

    @Test
    void aKeyTurnsTheModelOnAndNoKeyLeavesItOff() {
        assertThat(config(Map.of("mockinterview.llm.api-key", "sk-live")).modelConfigured()).isTrue();
        assertThat(config(Map.of()).modelConfigured()).isFalse();
        assertThat(config(Map.of("mockinterview.llm.api-key", " ")).modelConfigured()).isFalse();
    }

    @Test
    void theSwitchWinsOverTheKey() {
        assertThat(config(Map.of("mockinterview.llm.enabled", "true")).modelConfigured()).isTrue();
        assertThat(config(Map.of("mockinterview.llm.enabled", "false", "mockinterview.llm.api-key", "sk-live"))
                .modelConfigured()).isFalse();
    }

    @Test
    void provenanceNamesTheModelAndThePrompt() {
        assertThat(config(Map.of()).generator(Prompts.PLAN_VERSION)).isEqualTo("m-1/" + Prompts.PLAN_VERSION);
    }

    @Test
    void budgetsBecomeTheAiServicesTimeoutsAndTheReAskGetsHalfThePlans() {
        var cfg = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(Map.of("mockinterview.llm.plan-timeout", "6s",
                        "mockinterview.llm.follow-up-timeout", "PT2.5S"), "application.properties", 250))
                .withSources(new LlmTimeouts()).build();
        assertThat(cfg.getValue(key(PlanGenerator.class, "generate"), Long.class)).isEqualTo(6_000);
        assertThat(cfg.getValue(key(PlanGenerator.class, "regenerate"), Long.class)).isEqualTo(3_000);
        assertThat(cfg.getValue(key(FollowUpGenerator.class, "generate"), Long.class)).isEqualTo(2_500);
        assertThat(cfg.getValue(key(AnswerReviewer.class, "review"), Long.class)).isEqualTo(20_000);
    }

    private static String key(Class<?> service, String method) {
        return "quarkus.fault-tolerance.\"" + service.getName() + "/" + method + "\".timeout.value";
    }

    private static LlmConfig config(Map<String, String> values) {
        Map<String, String> all = new HashMap<>(values);
        all.put("mockinterview.llm.model-name", "m-1");
        return new SmallRyeConfigBuilder().withMapping(LlmConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter())
                .withSources(new PropertiesConfigSource(all, "test", 250)).build().getConfigMapping(LlmConfig.class);
    }
}
