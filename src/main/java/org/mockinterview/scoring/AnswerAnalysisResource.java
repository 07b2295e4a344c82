package org.mockinterview.scoring;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mockinterview.platform.problem.Problem;

/**
 * Stateless scoring of one answer: the same analyzer the interview sessions use, without storing anything.
 */
@Path("/api/v1/answer-analyses")
@Tag(name = "answer-analyses")
@SecurityRequirement(name = "bearerAuth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AnswerAnalysisResource {

    private final AnswerAnalysisService service;

    AnswerAnalysisResource(AnswerAnalysisService service) {
        this.service = service;
    }

    @POST
    @NonBlocking
    @Operation(operationId = "analyzeAnswer",
            summary = "Analyse one answer: STAR with evidence, category rubric, delivery and feedback")
    @APIResponse(responseCode = "200", description = "The analysis",
            content = @Content(schema = @Schema(implementation = AnswerAnalysis.class)))
    @APIResponse(responseCode = "400", description = "Missing, empty or oversized answer, unknown category, "
            + "negative duration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AnswerAnalysis analyse(@Valid @NotNull AnswerAnalysisRequest request) {
        return service.analyse(request);
    }
}
