package org.mockinterview.ai;

import java.util.List;

/** The model's structured review of one answer: a verdict, what to correct and an outline of a strong answer. */
public record GeneratedReview(String verdict, List<String> corrections, List<String> modelAnswerOutline) {

    public GeneratedReview {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
        modelAnswerOutline = modelAnswerOutline == null ? List.of() : List.copyOf(modelAnswerOutline);
    }
}
