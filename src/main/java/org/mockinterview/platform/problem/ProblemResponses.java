package org.mockinterview.platform.problem;

import jakarta.ws.rs.core.Response;

import java.util.Map;

/**
 * Builds problem+json responses, shared by the REST exception mappers and the HTTP-layer fallbacks.
 */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(Problem problem, Map<String, String> headers) {
        Response.ResponseBuilder builder = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
        headers.forEach(builder::header);
        return builder.build();
    }

    public static Response of(ProblemType type, String detail, String instance) {
        return of(Problem.of(type, detail, instance), Map.of());
    }

    /** The detail of an error the framework raised (no route, wrong method, ...), worded for API clients. */
    public static String frameworkDetail(int status, String method, String contentType) {
        return switch (status) {
            case 401 -> "A valid bearer token is required";
            case 404 -> "No resource at this path";
            case 405 -> "The method " + method + " is not allowed on this path";
            case 406 -> "None of the accepted media types can be produced";
            case 413 -> "The request body is larger than this endpoint accepts";
            case 415 -> "The content type " + (contentType == null ? "(none)" : contentType) + " is not supported here";
            default -> ProblemType.forStatus(status).title();
        };
    }
}
