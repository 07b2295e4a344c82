package org.mockinterview.scoring;

import java.util.List;
import java.util.Optional;

/**
 * Sentence embeddings for meaning-level matching (key points in other words, off-topic answers). Empty when no model
 * is available (unit tests, or the in-process model still loading): the rules then fall back to words alone.
 */
@FunctionalInterface
public interface SentenceVectors {
    SentenceVectors NONE = texts -> Optional.empty();

    /** One vector per text, in order, or empty when no model can serve now. */
    Optional<List<float[]>> embed(List<String> texts);

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
