package org.mockinterview.story;

import org.mockinterview.scoring.AnswerAnalysis;

/**
 * A story's title: the user's, or the first sentence of its situation (else of its text), cut to 80 characters.
 */
final class StoryTitles {

    static final int MAX = 80;

    private StoryTitles() {
    }

    static String of(String given, String text, AnswerAnalysis analysis) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        String source = analysis.star().situation().present() ? analysis.star().situation().evidence() : text;
        String first = source.strip().split("(?<=[.!?])\\s+", 2)[0].replaceAll("\\s+", " ");
        return first.length() <= MAX ? first : first.substring(0, MAX - 1).strip() + "…";
    }
}
