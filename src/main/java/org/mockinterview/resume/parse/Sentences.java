package org.mockinterview.resume.parse;

import java.util.regex.Pattern;

/** Tells a full stop that ends a sentence from one that ends an abbreviation ("Litware Inc.", "S.A.", "Pvt. Ltd."). */
final class Sentences {

    /**
     * Abbreviations that end company, school and place names, and initials ("S.A.", "K.K.", "U.S."): a header
     * line ending in one is still a header, not a sentence of the entry's body.
     */
    /** The legal-form suffixes that end company names ("Inc.", "GmbH", "S.A."), without their dots. */
    static final String CORPORATE_FORMS = "inc|llc|llp|lp|ltd|ltda|cia|co|corp|pvt|plc|gmbh|ag|sa|sl|sas|nv|bv|ab|oy|as|spa"
            + "|srl|pty|pte|lda|bhd|cv|ac|sapi|sarl|kk";
    private static final Pattern ABBREVIATION = Pattern.compile("(?iu)(?:^|[\\s(,])(?:" + CORPORATE_FORMS
            + "|bros|dept|univ|inst|assoc|intl|st|jr|sr|dr|mt|ft|no|vs|etc|\\p{L}(?:\\.\\p{L})+)\\.$");
    /** A full stop inside a text followed by a new word, unless it closes an abbreviation. */
    private static final Pattern INNER_STOP = Pattern.compile("(?u)(\\S+)\\.\\s+\\p{L}");

    /**
     * A capitalised verb in the English past tense and its object ("Designed the", "Co-organised a"): a line of what
     * was done. The article keeps out titles that open the same way ("Embedded Systems Developer").
     */
    private static final Pattern PAST_TENSE_OPENING = Pattern.compile(
            "\\p{Lu}[\\p{Ll}-]+ed\\s+(?:the|a|an|our|its|their|my|new|and|over|more|two|three|from|to|in|into|with|by|for|on|up|out)\\s"
            // the irregular past tenses that open a line of what was done ("Ran price tests across …")
            + "|(?:Ran|Led|Built|Wrote|Made|Grew|Cut|Drove|Won|Took|Gave|Began|Brought|Taught|Sold|Held|Kept|Chose"
            + "|Rebuilt|Rewrote|Oversaw|Undertook|Spent|Sped|Shipped|Set up|Stood up|Broke|Fought|Thought|Overtook)"
            + "\\s+\\p{Ll}");

    private Sentences() {
    }

    /** True when the text opens with a verb in the past tense, as a bullet of what was done does. */
    static boolean opensWithPastTense(String text) {
        return PAST_TENSE_OPENING.matcher(text).lookingAt();
    }

    /** True when the text ends with sentence punctuation that is not an abbreviation's full stop. */
    static boolean endsOne(String text) {
        String t = text.strip();
        if (t.endsWith("!") || t.endsWith("?")) {
            return true;
        }
        return t.endsWith(".") && !ABBREVIATION.matcher(t).find();
    }

    /** True when the text holds a sentence break ("Built X. Cut Y") or ends like a sentence. */
    static boolean hasOne(String text) {
        if (endsOne(text)) {
            return true;
        }
        var m = INNER_STOP.matcher(text);
        while (m.find()) {
            if (!ABBREVIATION.matcher(m.group(1) + ".").find() && !m.group(1).matches("(?u)\\p{Lu}")) {
                return true;
            }
        }
        return false;
    }

    /** The text without a final sentence full stop; an abbreviation keeps its own. */
    static String withoutFinalStop(String text) {
        return text.endsWith(".") && endsOne(text) ? text.substring(0, text.length() - 1) : text;
    }
}
