package org.mockinterview.prep;

import java.util.List;

/**
 * The last day's logistics checklist and the questions to ask the interviewer, written offline.
 */
final class Logistics {

    static final List<String> CHECKS = List.of(
            "Confirm the format: the rounds, their length and who you will meet.",
            "Ask whether there is a take-home or a live coding round, and which tools (whiteboard, shared notebook).",
            "Check the time, the time zone, the link or address, and your camera and microphone.");

    /** Genuine questions about the team's data infrastructure and model deployment. */
    static final List<String> QUESTIONS = List.of(
            "Where does the training data live, and who owns its quality and freshness?",
            "How are features computed for training and for serving, and how do you keep the two consistent?",
            "How does a model get from a notebook to production: review, CI, shadow or canary releases?",
            "How are models monitored after launch (drift, data quality, business metrics), and who is paged?",
            "What triggers retraining, and how long does it take to ship a new model version?");

    private Logistics() {
    }

    static String detail() {
        StringBuilder b = new StringBuilder("Before the day:\n");
        CHECKS.forEach(c -> b.append("- ").append(c).append('\n'));
        b.append("Questions to ask about data infrastructure and model deployment:\n");
        QUESTIONS.forEach(q -> b.append("- ").append(q).append('\n'));
        return b.toString().strip();
    }
}
