package org.mockinterview.interview;

import org.mockinterview.scoring.AnswerAnalysis;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The reply to a retry: the attempt, its analysis, the best earlier attempt and what changed against it.
 * {@code previousBest} and {@code delta} are null when no earlier attempt was scored (the turn was skipped).
 */
public record AttemptResult(AttemptView attempt, AnswerAnalysis analysis, PreviousBest previousBest, Delta delta) {

    /** One retry; {@code number} counts the turn's own answer (or skip) as attempt 1. */
    public record AttemptView(long id, long interviewId, long questionId, int number, String text,
            Integer durationSeconds, OffsetDateTime createdAt, Integer score) {
    }

    /** The best-scored attempt before this one (1 is the turn's own answer). */
    public record PreviousBest(int attempt, int score) {
    }

    /** The score change against the previous best, and every criterion whose verdict changed. */
    public record Delta(int score, List<CriterionChange> criteria) {
    }

    /**
     * One rubric criterion, STAR part ({@code star.situation} ...), {@code measurable_result},
     * {@code business_impact} or key point ({@code key_point: ...}); null means it did not apply.
     */
    public record CriterionChange(String criterion, Boolean before, Boolean after) {
    }
}
