package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Finds the textbook misconceptions that make a definition or example wrong, each with its correction: a scan over the
 * small catalogue in {@link KnownMisconceptions} of the wrong claims interviewers hear most often, not a fact checker.
 */
final class Misconceptions {
    /**
     * One wrong claim; {@code refutable}: a negation just before or inside it turns it into the correct claim;
     * {@code topic}: when not null, the claim counts only in an answer to a question about it (or naming it).
     */
    record Misconception(String correction, GuardedPattern claim, boolean refutable, GuardedPattern topic,
                         GuardedPattern gate) {
        Misconception(String correction, GuardedPattern claim, boolean refutable) {
            this(correction, claim, refutable, null, null);
        }
    }

    // "no better", "not better" and "doesn't work" belong to the wrong claims themselves ("a 3% chance the new flow
    // is no better", "the probability that the drug doesn't work")
    private static final GuardedPattern REFUTED = GuardedPattern.compile("\\b(not(?! (better|worse|(really )?work)\\b)|never|no(?! (matter|better|worse"
            + "|different|difference|effect|real)\\b)|nor|myth|misconception|mistakes?"
            + "|mistaken|misread\\w*|misinterpret\\w*|confus\\w*|wrong\\w*|fallacy|trap|pitfall|tempting|rather than|instead of"
            + "|unlike|(people|many|some|candidates|beginners) (\\w+ )?(think|assume|believe|say))\\b"
            + "|n't\\b(?! (really )?(work|better|real|true|working)\\b)");

    private Misconceptions() {
    }

    /** A wrong claim the answer asserts, and where in the (lower-case) answer it starts. */
    record Found(Misconception misconception, int start) {
    }

    /** The first known wrong claim the answer asserts (a refuted one does not count), or empty. */
    static Optional<Misconception> find(String lower) {
        return find(lower, "");
    }

    /** As {@link #find(String)}, with the question that may name a claim's topic. */
    static Optional<Misconception> find(String lower, String questionLower) {
        return locate(lower, questionLower).map(Found::misconception);
    }

    /** The first asserted wrong claim and where it starts: {@link ParsedAnswer} scans for it once. */
    static Optional<Found> locate(String lower, String questionLower) {
        for (Misconception m : KnownMisconceptions.ALL) {
            if (m.topic() != null && !m.topic().matcher(lower).find() && !m.topic().matcher(questionLower).find()
                    || m.gate() != null && !m.gate().matcher(lower).find()) {
                continue;
            }
            Matcher x = m.claim().matcher(lower);
            while (x.find()) {
                if (!m.refutable() || !refuted(lower, x.start(), x.end())) {
                    return Optional.of(new Found(m, x.start()));
                }
            }
        }
        return Optional.empty();
    }

    /** Where in the answer the first asserted wrong claim starts, or -1. */
    static int claimStart(ParsedAnswer a) {
        return a.misconception().map(Found::start).orElse(-1);
    }

    /** The answer asserts a known wrong claim: scanned once, when the answer was parsed. */
    static boolean present(ParsedAnswer a) {
        return a.misconception().isPresent();
    }

    /** A negation or a "people think" frame in the claim's own sentence, before it or inside it. */
    private static boolean refuted(String lower, int start, int end) {
        int from = start;
        while (from > 0 && start - from < 50 && ".!?".indexOf(lower.charAt(from - 1)) < 0) {
            from--;
        }
        return REFUTED.matcher(lower.substring(from, end)).find();
    }
}
