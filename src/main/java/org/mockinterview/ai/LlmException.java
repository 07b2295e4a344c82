package org.mockinterview.ai;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.service.output.OutputParsingException;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/** A failed model call, classified so that retries, metrics and fallback notes can tell the causes apart. */
public class LlmException extends RuntimeException {

    /** Why a call failed; {@link #code()} is the metric tag and note wording. */
    public enum Reason {
        TIMEOUT, RATE_LIMITED, SERVER_ERROR, CONNECTION, CLIENT_ERROR, MALFORMED, INVALID, CIRCUIT_OPEN, BUSY, OTHER;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;

    public LlmException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Maps whatever the client threw to a reason (the AI services' {@code @Retry} retries 5xx only). */
    public static LlmException classify(Throwable error) {
        if (error instanceof LlmException e) {
            return e;
        }
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CircuitBreakerOpenException) {
                // not transient: the breaker opened because retrying did not help
                return new LlmException(Reason.CIRCUIT_OPEN, "circuit open", error);
            }
            if (t instanceof BulkheadException) {
                return new LlmException(Reason.BUSY, "too many calls at once", error);
            }
            if (t instanceof OutputParsingException || t instanceof JsonProcessingException) {
                return new LlmException(Reason.MALFORMED, "reply is not the JSON asked for", error);
            }
            if (t instanceof HttpException http) {
                int status = http.statusCode();
                if (status == 429) {
                    return new LlmException(Reason.RATE_LIMITED, "rate limited (HTTP 429)", error);
                }
                if (status >= 500) {
                    return new LlmException(Reason.SERVER_ERROR, "server error (HTTP " + status + ")", error);
                }
                return new LlmException(Reason.CLIENT_ERROR, "request rejected (HTTP " + status + ")", error);
            }
            if (t instanceof dev.langchain4j.exception.RateLimitException) {
                return new LlmException(Reason.RATE_LIMITED, "rate limited", error);
            }
            if (t instanceof dev.langchain4j.exception.InternalServerException) {
                return new LlmException(Reason.SERVER_ERROR, "server error", error);
            }
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof InterruptedIOException || t instanceof dev.langchain4j.exception.TimeoutException
                    || t.getClass().getSimpleName().contains("Timeout")
                    || String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("timeout")
                    || String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("timed out")) {
                return new LlmException(Reason.TIMEOUT, "timeout", error);
            }
            if (t instanceof ConnectException || t.getClass().getName().contains("ConnectException")) {
                return new LlmException(Reason.CONNECTION, "connection failed", error);
            }
        }
        return new LlmException(Reason.OTHER, "model call failed: " + error.getClass().getSimpleName(), error);
    }
}
