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
}
