package org.mockinterview.ai;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** LLM forced off while WireMock still listens, so a test can prove that no request leaves the service. */
public class LlmOffProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("mockinterview.llm.enabled", "false",
                "mockinterview.llm.api-key", "sk-would-enable-it-without-the-override");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(WireMockOpenAi.class));
    }
}
