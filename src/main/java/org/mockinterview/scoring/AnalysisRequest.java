package org.mockinterview.scoring;

import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.SpeechTiming;

import java.util.List;

/**
 * Input to {@link AnswerAnalyzer}: the candidate's answer plus optional question context, and for a spoken answer the
 * timing of its speech (pace is then measured over speaking time, and pauses are reported).
 */
public record AnalysisRequest(String answer, String question, Category category, Integer durationSeconds,
                              List<String> keyPoints, SpeechTiming speech) {

    public AnalysisRequest(String answer, String question, Category category, Integer durationSeconds,
                           List<String> keyPoints) {
        this(answer, question, category, durationSeconds, keyPoints, null);
    }

    public static AnalysisRequest of(String answer, String question, Category category) {
        return new AnalysisRequest(answer, question, category, null, null);
    }
}
