package org.mockinterview.speech;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import org.mockinterview.ai.InjectWireMock;

import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** An OpenAI-compatible transcription server on a dynamic localhost port, and the profile that points at it. */
public class WireMockTranscription extends org.mockinterview.support.LocalWireMock {

    public static final String MODEL = "whisper-test";
    public static final String KEY = "test-transcription-key";
    /** The call budget; slow stubs wait twice as long. */
    public static final int TIMEOUT_MS = 1_500;

    @Override
    protected Map<String, String> properties(String baseUrl) {
        return Map.of("mockinterview.transcription.base-url", baseUrl + "/v1");
    }

    @Override
    protected Class<? extends java.lang.annotation.Annotation> injectionMarker() {
        return InjectWireMock.class;
    }

    /**
     * Transcription on, against WireMock. The circuit breaker's window is made wide so that the fault tests, which
     * fail calls on purpose, never open it for the tests after them.
     */
    public static class On implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "mockinterview.transcription.model", MODEL,
                    "mockinterview.transcription.api-key", KEY,
                    "mockinterview.transcription.timeout", TIMEOUT_MS + "ms",
                    "quarkus.fault-tolerance.\"" + TranscriptionClient.class.getName()
                            + "/transcribe\".circuit-breaker.request-volume-threshold", "1000");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(WireMockTranscription.class));
        }
    }
}
