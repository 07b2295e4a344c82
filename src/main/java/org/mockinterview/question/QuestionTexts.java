package org.mockinterview.question;

import java.util.Locale;

/** Text normalisation shared by the bank's duplicate check and the planner's no-repeat rule. */
public final class QuestionTexts {

    private QuestionTexts() {
    }

    /** No visible character: whitespace or control characters only (a NUL, say), which the embedding model refuses. */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank() || text.trim().isEmpty();
    }

    /** Lower-cases and collapses punctuation and whitespace, so trivially different renderings count as the same question. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
