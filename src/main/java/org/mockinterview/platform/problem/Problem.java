package org.mockinterview.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.net.URI;
import java.util.List;

/**
 * An RFC 9457 problem details body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "Stable URI identifying the kind of problem") URI type,
        @Schema(description = "Short summary of the kind of problem") String title,
        @Schema(description = "HTTP status code") int status,
        @Schema(description = "Explanation specific to this occurrence") String detail,
        @Schema(description = "The request path") String instance,
        @Schema(description = "The offending fields, for validation problems") List<FieldError> errors) {

    /** Media type of every error response. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request. */
    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {
    }

    public static Problem of(ProblemType type, String detail, String instance) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, null);
    }
}
