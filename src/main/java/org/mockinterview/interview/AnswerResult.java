package org.mockinterview.interview;

import org.mockinterview.interview.InterviewViews.QuestionView;
import org.mockinterview.scoring.AnswerAnalysis;

/**
 * The outcome of one answer: the recorded turn, the follow-up if one is asked, and what comes next.
 */
public record AnswerResult(Turn turn, QuestionView followUp, QuestionView next, InterviewStatus status) {

    /** One question and its answer, with the analysis. */
    public record Turn(long questionId, QuestionKind kind, String answer, boolean skipped, AnswerAnalysis analysis) {
    }
}
