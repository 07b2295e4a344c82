package org.mockinterview.scoring;

import org.mockinterview.kernel.Words;
import java.util.Locale;

/**
 * A stretch of the answer (sentence or clause) kept as offsets into the original text, so evidence is always an
 * exact substring. {@code lower} is a lower-cased copy with curly apostrophes straightened, used only for matching;
 * {@code habitual} marks a clause of a past habit (see {@link HabitualPast}).
 */
record Segment(int start, int end, String text, String lower, int sentenceIndex, boolean lineStart, boolean habitual) {

    static Segment of(String source, int start, int end, int sentenceIndex, boolean lineStart) {
        String text = source.substring(start, end);
        return new Segment(start, end, text, normalise(text), sentenceIndex, lineStart, false);
    }

    private static final java.util.regex.Pattern INNER_DASH =
            java.util.regex.Pattern.compile("(?<=\\p{L})[\u2010-\u2014](?=\\p{L})");

    static String normalise(String text) {
        // one char for one, so offsets still point into the text; "bias–variance" and "bias-variance" are one word
        return INNER_DASH.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\''))
                .replaceAll("-");
    }

    /** The same stretch read as a past habit: its "would" tells what the candidate did, again and again. */
    Segment asHabitual() {
        return new Segment(start, end, text, lower, sentenceIndex, lineStart, true);
    }

    int wordCount() {
        return Words.of(lower).size();
    }
}
