package org.mockinterview.interview;

import org.mockinterview.scoring.AnswerAnalysis;

import java.util.List;

/**
 * The best-scored telling of one question: the turn's own answer is attempt 1, retries follow in attempt order, and
 * a tie keeps the earlier one. Read by the retry reply (the best before it) and the report (the best of all).
 */
record BestAttempt(int number, AnswerAnalysis analysis) {

    /** The best among the answer and the retries numbered below {@code before}; null when none was scored. */
    static BestAttempt of(AnswerAnalysis answer, List<Attempt> retries, int before) {
        BestAttempt best = answer == null ? null : new BestAttempt(1, answer);
        for (Attempt a : retries) {
            if (a.attemptNumber < before && a.analysis != null
                    && (best == null || a.analysis.score() > best.analysis().score())) {
                best = new BestAttempt(a.attemptNumber, a.analysis);
            }
        }
        return best;
    }
}
