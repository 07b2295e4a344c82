package org.mockinterview.ai;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** LLM forced on (keyless, as for a local server) against WireMock, with short budgets so fault tests stay fast. */
public class LlmOnProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "mockinterview.llm.enabled", "true",
                "quarkus.langchain4j.openai.chat-model.model-name", WireMockOpenAi.MODEL,
                "quarkus.langchain4j.openai.timeout", "1s",
                "mockinterview.llm.follow-up-timeout", "2s",
                "mockinterview.llm.review-timeout", "3s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(WireMockOpenAi.class));
    }
}
