package org.mockinterview.scoring;

import org.mockinterview.kernel.Words;
import java.util.Locale;

/**
 * A stretch of the answer (sentence or clause) kept as offsets into the original text, so evidence is always an
 * exact substring. {@code lower} is a lower-cased copy with curly apostrophes straightened, used only for matching.
 */
record Segment(int start, int end, String text, String lower, int sentenceIndex, boolean lineStart) {

    static Segment of(String source, int start, int end, int sentenceIndex, boolean lineStart) {
        String text = source.substring(start, end);
        return new Segment(start, end, text, normalise(text), sentenceIndex, lineStart);
    }

    private static final java.util.regex.Pattern INNER_DASH =
            java.util.regex.Pattern.compile("(?<=\\p{L})[\u2010-\u2014](?=\\p{L})");

    static String normalise(String text) {
        // one char for one, so offsets still point into the text; "bias–variance" and "bias-variance" are one word
        return INNER_DASH.matcher(text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\''))
                .replaceAll("-");
    }

    int wordCount() {
        return Words.of(lower).size();
    }
}
