package org.mockinterview.interview;

import org.mockinterview.kernel.Category;

import java.util.List;

/**
 * The questions of a user that are due for review, soonest due first. The practice feature implements it, so that interview never depends on practice.
 */
public interface ReviewQuestions {

    List<Long> dueQuestionIds(long userId, List<Category> categories, int perCategory);

    /** At most {@code limit} questions due now, soonest due first, for a report's next steps. */
    List<InterviewReport.DueQuestion> dueForReview(long userId, int limit);
}
