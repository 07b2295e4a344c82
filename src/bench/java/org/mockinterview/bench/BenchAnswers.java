package org.mockinterview.bench;

import java.util.ArrayList;
import java.util.List;

/** Deterministic interview answers of a requested word count, built from STAR-shaped sentences. */
public final class BenchAnswers {

    // A mix of situation, task, action, result and technical sentences, so that every analyzer rule has work to do.
    private static final String[] SENTENCES = {
        "At my last company our churn model was drifting and the retention team stopped trusting its scores.",
        "I was responsible for finding the cause and restoring the model within one quarter.",
        "First I compared the feature distributions of the training set and recent traffic with a population stability index.",
        "I found that a pricing change had shifted two key features, so I retrained with a rolling window.",
        "I also added calibration with isotonic regression because the business used the scores as probabilities.",
        "We validated the new model with an A/B test on 10% of users for three weeks, using a sequential test.",
        "As a result precision at the top decile went from 0.52 to 0.68 and churn dropped by 4 percent.",
        "That saved roughly $1.2M per year, and I documented the monitoring so the team could catch drift earlier.",
        "In hindsight I would set up drift alerts before launch rather than after the incident.",
        "The trade-off between bias and variance guided how much regularization we used in the gradient boosting model.",
    };

    private BenchAnswers() {
    }

    /** An answer of exactly {@code words} words. */
    public static String ofWords(int words) {
        List<String> out = new ArrayList<>(words);
        for (int s = 0; out.size() < words; s++) {
            for (String w : SENTENCES[s % SENTENCES.length].split(" ")) {
                if (out.size() == words) {
                    break;
                }
                out.add(w);
            }
        }
        String text = String.join(" ", out);
        return text.endsWith(".") ? text : text + ".";
    }
}
