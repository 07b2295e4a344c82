package org.mockinterview.ai;

import dev.langchain4j.model.output.structured.Description;

import java.util.List;

/**
 * The model's structured answer to one plan request, as quarkus-langchain4j parses it. Items stay loosely typed
 * (the category is text) so one bad item is dropped by {@link PlanValidator} instead of sinking the whole reply.
 */
public record GeneratedPlan(List<Item> questions) {

    public GeneratedPlan {
        questions = questions == null ? List.of() : questions.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** One question as the model writes it. */
    public record Item(
            @Description("one of the category codes requested above") String category,
            @Description("the question, one or two sentences") String text,
            @Description("the resume project or role the question is about, or null") String projectRef,
            @Description("one sentence: why this question suits this candidate and role") String rationale) {
    }
}
