package org.mockinterview.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word tokenisation shared by all rules: letters/digits with inner apostrophes, hyphens and decimal points. */
final class Tokens {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}$£€]+(?:['’\\-.,/][\\p{L}\\p{N}]+)*%?");

    private Tokens() {
    }

    static List<String> words(String lower) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
