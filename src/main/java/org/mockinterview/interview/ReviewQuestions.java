package org.mockinterview.interview;

import org.mockinterview.kernel.Category;

import java.util.List;

/**
 * The questions of a user that are due for review, soonest due first, at most {@code perCategory} per category.
 * The practice feature implements it, so that interview never depends on practice.
 */
public interface ReviewQuestions {

    List<Long> dueQuestionIds(long userId, List<Category> categories, int perCategory);
}
