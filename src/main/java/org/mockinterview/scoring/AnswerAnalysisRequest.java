package org.mockinterview.scoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request to analyse one answer; the question and category are optional context.
 */
@Schema(name = "AnswerAnalysisRequest")
public record AnswerAnalysisRequest(
        @Schema(description = "The candidate's answer", maxLength = 20000) @NotBlank String answer,
        @Schema(description = "The question that was asked; used to infer the category and key points")
        @Size(max = 5000) String question,
        @Schema(description = "One of ml_fundamentals, statistics_probability, model_evaluation, "
                + "applied_case_study, behavioral") String category,
        @Schema(description = "How long the answer took, for words per minute") @PositiveOrZero Integer durationSeconds) {
}
