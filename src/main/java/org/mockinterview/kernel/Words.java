package org.mockinterview.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word tokenisation shared by scoring and the spoken-answer figures: letters and digits with inner apostrophes,
 * hyphens and decimal points, so an answer's words a minute is the same wherever it is shown.
 */
public final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}$£€]+(?:['’\\-.,/][\\p{L}\\p{N}]+)*%?");

    private Words() {
    }

    /** The words of {@code text} in order (callers lower-case it first when case must not matter). */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** How many words {@code text} has. */
    public static int count(String text) {
        if (text == null) {
            return 0;
        }
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
