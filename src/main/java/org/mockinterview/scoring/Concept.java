package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import org.mockinterview.kernel.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** The concept a knowledge question asks about, with both sides for comparisons and a flag for trade-offs. */
record Concept(List<String> terms, List<String> sideA, List<String> sideB, boolean tradeoff, List<String> items) {
    private static final GuardedPattern COMPARISON = GuardedPattern.compile(
            "(?:difference between|differences between|compare|comparing)\\s+(.+?)\\s+(?:and|vs\\.?|versus)\\s+([^?.,]+)"
                    + "|^(?:what is |what are |explain )?([^?.,]+?)\\s+(?:vs\\.?|versus)\\s+([^?.,]+)");
    private static final GuardedPattern SUBJECT = GuardedPattern.compile("(?:what do (?:\\w+ ){0,2}?mean by|what(?:'s| is) meant by"
            + "|what(?:'s| is| are)|explain|describe|define|how does|how do|tell me about)\\s+(?:the |a |an )?(?:problems? with |concept of |idea of |difference between "
            + "|role of |purpose of |use of |importance of |intuition behind |point of )?(?:the |a |an )?"
            + "([^?.,]+?)(?:\\s+work|\\s+in [^?.,]+|\\s+to (?:a |an |someone).*)?(?:[?.,]|$)");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "and", "as", "is", "what", "how",
            "why", "do", "does", "we", "you", "it", "to", "for", "with", "machine", "learning", "function", "problems",
            "problem", "concept", "non-technical", "audience", "someone", "work", "works", "need", "use", "when");

    static Concept from(String questionLower) {
        String q = questionLower.replace("’", "'").trim();
        Matcher c = COMPARISON.matcher(q);
        if (c.find()) {
            String a = c.group(1) != null ? c.group(1) : c.group(3);
            String b = c.group(2) != null ? c.group(2) : c.group(4);
            List<String> sa = keys(a);
            List<String> sb = keys(b);
            List<String> all = new ArrayList<>(sa);
            all.addAll(sb);
            // "compare A, B, C and D": a list of three or more, each item a concept of its own
            List<String> items = new ArrayList<>();
            if (a.contains(",")) {
                for (String item : a.split(",")) {
                    if (!item.isBlank()) {
                        items.add(item.trim());
                    }
                }
                items.add(b.trim());
            }
            return new Concept(all, sa, sb, false, List.copyOf(items));
        }
        Matcher s = SUBJECT.matcher(q);
        String phrase = s.find() ? s.group(1) : q;
        return new Concept(keys(phrase), List.of(), List.of(), q.matches(".*\\btrade-?offs?\\b.*"), List.of());
    }

    /** One item of a list comparison as a concept of its own. */
    static Concept single(String phrase) {
        return new Concept(keys(phrase), List.of(), List.of(), false, List.of());
    }

    /** The asked concept as the question words it ("k-means clustering"), or "" when the question names none. */
    static String display(String questionLower) {
        String q = questionLower.replace("’", "'").trim();
        Matcher c = COMPARISON.matcher(q);
        String phrase = "";
        if (c.find()) {
            phrase = (c.group(1) != null ? c.group(1) : c.group(3)) + " and " + (c.group(2) != null ? c.group(2) : c.group(4));
        } else {
            Matcher s = SUBJECT.matcher(q);
            phrase = s.find() ? s.group(1) : "";
        }
        phrase = phrase.replaceAll("\\s+", " ").trim();
        return phrase.split(" ").length > 8 ? "" : phrase;
    }

    boolean comparison() {
        return !sideA.isEmpty() && !sideB.isEmpty();
    }

    static List<String> keys(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : Words.of(phrase)) {
            String k = flat(w);
            if (!STOP.contains(w) && !k.isEmpty() && !k.equals("tradeoff") && !k.equals("tradeoffs")) {
                out.add(k);
            }
        }
        return out;
    }

    /** Hyphen-free form so "trade-off" and "tradeoff", "one-hot" and "one hot" compare equal. */
    /** The matching key of a word: no hyphens or possessive, and one spelling for British and American forms. */
    static String flat(String w) {
        return Spelling.normalise(w.replace("-", "").replace("'s", ""));
    }
}
