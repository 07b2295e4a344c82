package org.mockinterview.ai;

import dev.langchain4j.model.output.structured.Description;

import java.util.List;

/** The model's structured review of one answer: a verdict, what to correct and an outline of a strong answer. */
public record GeneratedReview(
        @Description("correct, partially_correct or incorrect") String verdict,
        @Description("factual errors or important omissions, one sentence each; empty when none") List<String> corrections,
        @Description("the points of a strong answer, in order") List<String> modelAnswerOutline) {

    /** No review: what a failed call leaves. */
    public static final GeneratedReview NONE = new GeneratedReview(null, List.of(), List.of());

    /** Missing lists are empty; null or blank items are dropped where the review is read ({@code LlmAdvisor}). */
    public GeneratedReview {
        corrections = corrections == null ? List.of() : corrections;
        modelAnswerOutline = modelAnswerOutline == null ? List.of() : modelAnswerOutline;
    }
}
