package org.mockinterview.interview;

import org.mockinterview.kernel.Category;

/**
 * A CDI event fired inside the transaction that stores a scored answer or retry, so that features built on answers
 * (the review schedule) follow them without this package knowing them.
 */
public record QuestionScored(long userId, long interviewId, long questionId, QuestionKind kind, Category category,
        String text, int score) {
}
