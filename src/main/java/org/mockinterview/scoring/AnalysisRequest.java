package org.mockinterview.scoring;

import org.mockinterview.kernel.Category;

import java.util.List;

/** Input to {@link AnswerAnalyzer}: the candidate's answer plus optional question context. */
public record AnalysisRequest(String answer, String question, Category category, Integer durationSeconds,
                              List<String> keyPoints) {

    public static AnalysisRequest of(String answer, String question, Category category) {
        return new AnalysisRequest(answer, question, category, null, null);
    }
}
