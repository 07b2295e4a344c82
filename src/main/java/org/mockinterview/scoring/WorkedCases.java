package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;

/** Numbers worked through to a result, in symbols or in words, and formulas that only state a rule (guidelines 3.1c, 3.3). */
final class WorkedCases {
    private static final GuardedPattern ARITHMETIC = GuardedPattern.compile("\\d[\\d.,]*\\s*[×x*·/+]\\s*\\d[\\d.,]*\\s*(=|≈)\\s*[~\\[(]?\\s*\\d"
            // a case worked in words: "if it says 80 loaves and we sell 95, that's 15 off"
            + "|\\bif\\b[^.;]*\\d[^.;]*\\d[^.;]*,\\s*(that's|that is|then|you get|you'd get|it's)\\s+(\\w+\\s+){0,2}\\d");
    /** Greek letters and operators of a formula: its constants are no case of the concept. */
    private static final GuardedPattern FORMULA = GuardedPattern.compile("[α-ωΑ-Ω∑√∫∂±Φ]|x̄");
    private static final GuardedPattern WORKED_OUT = GuardedPattern.compile("\\b(so|gives?|need|needs|comes? (out )?to|roughly"
            + "|about|approximately|around)\\s+(about |roughly |around )?~?\\d");

    private WorkedCases() {
    }

    /** Numbers worked through to a result: "0.9 × 0.01 = 0.009", or in words, "if it says 80 and we sell 95, that's 15". */
    static boolean worked(String lower) {
        return ARITHMETIC.matcher(lower).find();
    }

    /** The sentence is written as a formula (Greek letters, roots, sums). */
    static boolean formula(String text) {
        return FORMULA.matcher(text).find();
    }

    /**
     * A formula's numbers plugged in to an outcome ("with α = 0.05 and d = 0.2 you need about 400 per arm"), not its
     * constants alone ("fix α = 0.05 and solve for n").
     */
    static boolean formulaWorkedOut(String lower) {
        return worked(lower) || WORKED_OUT.matcher(lower).find() && Quantities.count(lower) >= 3;
    }
}
