package org.mockinterview.scoring;

import org.mockinterview.question.Category;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import java.util.List;

/** Dispatches to the rubric of the answer's category. */
final class RubricEvaluator {
    private RubricEvaluator() {
    }

    static List<RubricItem> evaluate(Category category, ParsedAnswer a, StarFindings star) {
        return List.of();
    }
}
