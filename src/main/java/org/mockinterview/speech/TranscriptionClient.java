package org.mockinterview.speech;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * One call to an OpenAI-compatible {@code POST /audio/transcriptions}, guarded as the chat model's calls are: a
 * timeout from configuration, one retry on a 5xx, a circuit breaker, and a fallback beside the call that says why
 * there is no transcript.
 */
@ApplicationScoped
public class TranscriptionClient {

    private final TranscriptionConfig config;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    TranscriptionClient(TranscriptionConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    /** The model's text, or (from the fallback) why there is none. */
    public record Transcript(String text, String failure) {
        static Transcript failed(String reason) {
            return new Transcript(null, reason);
        }
    }

    /** A failed call and its reason code; a 5xx is retried once, anything else is not. */
    static class CallFailed extends RuntimeException {
        final String reason;

        CallFailed(String reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }
    }

    static final class ServerError extends CallFailed {
        ServerError(int status) {
            super("server_error", "the transcription server answered " + status);
        }
    }

    @Timeout(TranscriptionTimeouts.FROM_CONFIG)
    @Retry(maxRetries = 1, delay = 200, jitter = 50, retryOn = ServerError.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, successThreshold = 1)
    @Fallback(NoTranscript.class)
    public Transcript transcribe(byte[] audio, AudioFormat format) {
        String boundary = "mi-" + UUID.randomUUID();
        // the client's own timeout is a backstop behind @Timeout: two timers firing together race inside Fault Tolerance
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint()).timeout(config.timeout().plusSeconds(5))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(boundary, audio, format)));
        config.apiKey().filter(k -> !k.isBlank()).ifPresent(k -> request.header("Authorization", "Bearer " + k));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.net.http.HttpTimeoutException e) {
            throw new CallFailed("timeout", "the transcription server did not answer in time");
        } catch (IOException e) {
            // an interrupt from @Timeout can surface as an IOException of the cancelled exchange
            throw Thread.currentThread().isInterrupted() ? new CallFailed("timeout", "interrupted")
                    : new CallFailed("unreachable", "the transcription server could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallFailed("timeout", "interrupted");
        }
        int status = response.statusCode();
        if (status >= 500) {
            throw new ServerError(status);
        }
        if (status == 429) {
            throw new CallFailed("rate_limited", "the transcription server is rate limiting");
        }
        if (status >= 300) {
            throw new CallFailed("rejected", "the transcription server answered " + status);
        }
        try {
            JsonNode text = json.readTree(response.body()).get("text");
            if (text == null || !text.isTextual()) {
                throw new CallFailed("malformed", "the reply has no text");
            }
            return new Transcript(text.asText().strip(), null);
        } catch (IOException e) {
            throw new CallFailed("malformed", "the reply is not JSON");
        }
    }

    private URI endpoint() {
        String base = config.baseUrl().orElseThrow().strip();
        return URI.create((base.endsWith("/") ? base : base + "/") + "audio/transcriptions");
    }

    private byte[] body(String boundary, byte[] audio, AudioFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(audio.length + 1024);
        field(out, boundary, "model", config.model());
        field(out, boundary, "response_format", "json");
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + format.fileName() + "\"\r\nContent-Type: " + format.mediaType() + "\r\n\r\n");
        out.writeBytes(audio);
        write(out, "\r\n--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static void field(ByteArrayOutputStream out, String boundary, String name, String value) {
        write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n");
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** The fallback next to the call: no transcript, and the classified reason. */
    static class NoTranscript implements FallbackHandler<Transcript> {
        @Override
        public Transcript handle(ExecutionContext context) {
            Throwable failure = context.getFailure();
            return Transcript.failed(failure instanceof CallFailed f ? f.reason
                    : failure instanceof TimeoutException ? "timeout"
                    : failure instanceof CircuitBreakerOpenException ? "circuit_open" : "error");
        }
    }
}
