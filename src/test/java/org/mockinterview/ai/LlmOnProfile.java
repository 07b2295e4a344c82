package org.mockinterview.ai;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/**
 * LLM forced on (keyless, as for a local server) against WireMock. The budgets are short so fault tests stay fast,
 * and the HTTP client's own timeout is longer than all of them, so it is the fault-tolerance {@code @Timeout} that
 * the slow-model tests see.
 */
public class LlmOnProfile implements QuarkusTestProfile {

    /** The plan budget; slow-model stubs wait twice as long. */
    public static final int PLAN_TIMEOUT_MS = 4_000;
    public static final int FOLLOW_UP_TIMEOUT_MS = 2_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "mockinterview.llm.enabled", "true",
                "quarkus.langchain4j.openai.chat-model.model-name", WireMockOpenAi.MODEL,
                "quarkus.langchain4j.openai.timeout", "30s",
                "mockinterview.llm.plan-timeout", PLAN_TIMEOUT_MS + "ms",
                "mockinterview.llm.follow-up-timeout", FOLLOW_UP_TIMEOUT_MS + "ms",
                "mockinterview.llm.review-timeout", "3s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(WireMockOpenAi.class));
    }
}
