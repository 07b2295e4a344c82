package org.mockinterview.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * An expected failure that the API reports as a problem of a known type; features throw it instead of building responses.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final String slugOverride;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, null, detail, null, Map.of());
    }

    public ProblemException(ProblemType type, String slugOverride, String detail, List<Problem.FieldError> errors,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.slugOverride = slugOverride;
        this.errors = errors;
        this.headers = headers;
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " was not found");
    }

    /** A problem whose type is more specific than its status, for example {@code no-text-layer} under 422. */
    public static ProblemException specific(ProblemType status, String slug, String detail) {
        return new ProblemException(status, slug, detail, null, Map.of());
    }

    public static ProblemException field(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, null, field + ": " + message,
                List.of(new Problem.FieldError(field, message)), Map.of());
    }

    public Problem toProblem(String instance) {
        String slug = slugOverride != null ? slugOverride : type.slug();
        String title = slugOverride != null ? titleFromSlug(slugOverride) : type.title();
        return new Problem(java.net.URI.create(ProblemType.BASE + slug), title, type.status(), getMessage(), instance,
                errors);
    }

    public Map<String, String> headers() {
        return headers;
    }

    public ProblemType type() {
        return type;
    }

    private static String titleFromSlug(String slug) {
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
