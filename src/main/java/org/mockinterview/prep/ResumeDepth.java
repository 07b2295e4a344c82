package org.mockinterview.prep;

import org.mockinterview.prep.PrepPlanner.ResumeProject;

/**
 * The prompt for defending one resume project, naming what an interviewer will push on.
 */
final class ResumeDepth {

    private ResumeDepth() {
    }

    static String detail(ResumeProject p) {
        StringBuilder b = new StringBuilder("Explain ").append(p.name())
                .append(" in five minutes: the problem, your part, the data, the model and why, how you measured it,"
                        + " and what you would change.");
        if (!p.stack().isEmpty()) {
            b.append(" Be ready for \"why ").append(p.stack().get(0)).append(" and not something simpler?\"");
        }
        if (!p.metrics().isEmpty()) {
            b.append(" Defend the figure \"").append(p.metrics().get(0))
                    .append("\": the baseline, the test set and how sure you are.");
        }
        return b.toString();
    }
}
