package org.mockinterview.kernel;

import java.util.List;

/**
 * One question of an interview plan, with its provenance.
 *
 * @param projectRef the resume project or experience the question names, or null
 * @param bankId     the bank entry it came from, or null for templates and LLM questions
 * @param generator  what produced it and from which content, e.g. {@code offline-planner/1.0.0+bank/2026.11}
 * @param rationale  why it was chosen, in one sentence
 * @param keyPoints  what a strong answer covers (the bank's or the template's)
 */
public record PlannedQuestion(
        Category category,
        String text,
        Source source,
        String projectRef,
        String bankId,
        String generator,
        String rationale,
        List<String> keyPoints,
        Difficulty difficulty) {

    public PlannedQuestion {
        keyPoints = keyPoints == null ? List.of() : List.copyOf(keyPoints);
    }
}
