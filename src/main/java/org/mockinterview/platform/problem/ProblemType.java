package org.mockinterview.platform.problem;

import java.net.URI;

/**
 * The stable catalogue of problem kinds the API reports; each has a fixed type URI that clients may switch on.
 */
public enum ProblemType {
    BAD_REQUEST("bad-request", "Bad request", 400),
    VALIDATION("validation", "The request is not valid", 400),
    MALFORMED_JSON("malformed-json", "The request body is not valid JSON", 400),
    UNAUTHORIZED("unauthorized", "Authentication required", 401),
    FORBIDDEN("forbidden", "Forbidden", 403),
    NOT_FOUND("not-found", "Resource not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflict", 409),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    UNPROCESSABLE("unprocessable", "The request cannot be processed", 422),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key reused with another request", 422),
    RATE_LIMITED("rate-limited", "Too many requests", 429),
    INTERNAL("internal", "Internal error", 500),
    SERVICE_UNAVAILABLE("service-unavailable", "Service temporarily unavailable", 503);

    /** Base of every type URI; it names documentation, not an endpoint that must resolve. */
    public static final String BASE = "https://mockinterview.org/problems/";

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The generic kind for an HTTP status, used where a framework raised the error. */
    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status && t != VALIDATION && t != MALFORMED_JSON && t != IDEMPOTENCY_KEY_REUSED) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
