package org.mockinterview.ai;

import org.mockinterview.kernel.Category;

/** One question as the model returns it; validated by {@link PlanValidator} before use. */
public record GeneratedQuestion(Category category, String text, String projectRef, String rationale) {
}
