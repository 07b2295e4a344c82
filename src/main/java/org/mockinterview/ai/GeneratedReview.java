package org.mockinterview.ai;

import dev.langchain4j.model.output.structured.Description;

import java.util.List;
import java.util.Objects;

/** The model's structured review of one answer: a verdict, what to correct and an outline of a strong answer. */
public record GeneratedReview(
        @Description("correct, partially_correct or incorrect") String verdict,
        @Description("factual errors or important omissions, one sentence each; empty when none") List<String> corrections,
        @Description("the points of a strong answer, in order") List<String> modelAnswerOutline) {

    /** No review: what a failed call leaves. */
    public static final GeneratedReview NONE = new GeneratedReview(null, List.of(), List.of());

    public GeneratedReview {
        corrections = corrections == null ? List.of() : corrections.stream().filter(Objects::nonNull).toList();
        modelAnswerOutline = modelAnswerOutline == null ? List.of()
                : modelAnswerOutline.stream().filter(Objects::nonNull).toList();
    }
}
