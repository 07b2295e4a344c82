package org.mockinterview.interview;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mockinterview.interview.InterviewRequests.SubmitAttempt;
import org.mockinterview.platform.problem.Problem;
import org.mockinterview.platform.security.CurrentUser;

/**
 * Retries of an interview question, with the score change against the best earlier attempt.
 */
@Path("/api/v1/interviews/{id}/questions/{questionId}/attempts")
@Tag(name = "interviews")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
public class AttemptResource {

    private final AttemptService attempts;
    private final CurrentUser user;

    AttemptResource(AttemptService attempts, CurrentUser user) {
        this.attempts = attempts;
        this.user = user;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitAttempt",
            summary = "Answer a question again (after its answer or skip, in progress or completed) and see the change")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = AttemptResult.class)))
    @APIResponse(responseCode = "404", description = "No such interview for this caller, or the question is not in it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The question has not been answered or skipped yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("id") long id, @PathParam("questionId") long questionId,
            @HeaderParam("Idempotency-Key") @Pattern(regexp = "[\\x21-\\x7E]{1,255}",
                    message = "must be 1 to 255 visible ASCII characters") String idempotencyKey,
            @Valid @NotNull SubmitAttempt request) {
        return Response.status(201)
                .entity(attempts.submit(user.id(), id, questionId, idempotencyKey, request)).build();
    }
}
