package org.mockinterview.scoring;

import java.util.List;
import java.util.Optional;

/**
 * Sentence embeddings for meaning-level matching (key points in other words, off-topic answers). Empty when no model
 * is available (unit tests, or the in-process model still loading): the rules then fall back to words alone.
 */
public interface SentenceVectors {
    SentenceVectors NONE = new SentenceVectors() {
        @Override
        public Optional<List<float[]>> embed(List<String> stable, List<String> fresh) {
            return Optional.empty();
        }

        @Override
        public boolean available() {
            return false;
        }
    };

    /** False when {@link #embed} would certainly return empty, so callers can skip preparing its input. */
    default boolean available() {
        return true;
    }

    /**
     * One vector per text, {@code stable} ones (questions, key points: worth keeping) first, then {@code fresh} ones
     * (the answer's sentences), or empty when no model can serve now.
     */
    Optional<List<float[]>> embed(List<String> stable, List<String> fresh);

    default Optional<List<float[]>> embed(List<String> fresh) {
        return embed(List.of(), fresh);
    }

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
