package org.mockinterview.interview;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * The request bodies of the interview API.
 */
public final class InterviewRequests {

    private InterviewRequests() {
    }

    /**
     * Start an interview; every field is optional. {@code mode} is {@code standard} (a new plan) or {@code review}
     * (the questions due for review, at most {@code questionsPerCategory} per category).
     */
    public record CreateInterview(
            Long resumeId,
            @Size(max = 5) List<@NotBlank String> categories,
            @Min(1) @Max(5) Integer questionsPerCategory,
            String difficulty,
            @Size(max = 20_000) String jobDescription,
            @Min(0) @Max(2) Integer followUps,
            String mode) {
    }

    /**
     * An answer to the current question. {@code transcriptionId} cites a recording transcribed first
     * ({@code POST /api/v1/transcriptions}): {@code text} is then the user's confirmed or corrected transcript and the
     * answer gets the recording's timing.
     */
    public record SubmitAnswer(
            @NotNull Long questionId,
            @NotBlank @Size(max = 20_000) String text,
            @PositiveOrZero @Max(86_400) Integer durationSeconds,
            UUID transcriptionId) {

        public SubmitAnswer(Long questionId, String text, Integer durationSeconds) {
            this(questionId, text, durationSeconds, null);
        }
    }

    /** Another attempt at a question already answered or skipped. */
    public record SubmitAttempt(
            @NotBlank @Size(max = 20_000) String text,
            @PositiveOrZero @Max(86_400) Integer durationSeconds) {
    }

    /** Skip the current question. */
    public record Skip(@NotNull Long questionId) {
    }
}
