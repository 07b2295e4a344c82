package org.mockinterview.story;

import org.mockinterview.embedding.UnitVectors;
import org.mockinterview.scoring.AnswerAnalysis;
import org.mockinterview.scoring.AnswerAnalysis.Presence;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Decides whether a story told now is one already in the bank: by the cosine of the MiniLM vectors of its situation
 * and action, or, where a vector is missing (the model failed to load), by the overlap of their content words. Pure.
 */
public final class StoryMatcher {

    /**
     * Cosine from which two situation-and-action gists are one story. Set on hand-written pairs (StoryMatcherTest):
     * the same episode retold in other words scores 0.88, another episode about churn 0.39, an unrelated one 0.33.
     */
    static final double SAME_STORY = 0.75;
    /** The word fallback: share of content words the two gists have in common (Jaccard). */
    static final double SAME_WORDS = 0.5;

    /** A story of the bank as the matcher needs it. */
    record Known(long id, float[] vector, String gist) {
    }

    private StoryMatcher() {
    }

    /** The situation, task and action a story tells, as the analysis quoted them; the text when none was found. */
    static String gist(String text, AnswerAnalysis analysis) {
        String gist = Stream.of(analysis.star().situation(), analysis.star().task(), analysis.star().action())
                .map(Presence::evidence).filter(e -> e != null && !e.isBlank()).collect(Collectors.joining(" "));
        return gist.isBlank() ? text : gist;
    }

    static Optional<Long> same(float[] vector, String gist, List<Known> bank) {
        long best = -1;
        double bestScore = 0;
        for (Known k : bank) {
            boolean byVector = vector != null && k.vector() != null && k.vector().length == vector.length;
            double score = byVector ? UnitVectors.dot(vector, k.vector()) : words(gist, k.gist());
            double threshold = byVector ? SAME_STORY : SAME_WORDS;
            if (score >= threshold && score > bestScore) {
                best = k.id();
                bestScore = score;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    static double words(String a, String b) {
        Set<String> x = content(a);
        Set<String> y = content(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return (double) both.size() / (x.size() + y.size() - both.size());
    }

    private static Set<String> content(String s) {
        Set<String> out = new HashSet<>();
        for (String w : (s == null ? "" : s).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 3) {
                out.add(w);
            }
        }
        return out;
    }

    static byte[] bytes(float[] v) {
        if (v == null) {
            return null;
        }
        ByteBuffer b = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) {
            b.putFloat(f);
        }
        return b.array();
    }

    static float[] floats(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[bytes.length / 4];
        for (int i = 0; i < v.length; i++) {
            v[i] = b.getFloat();
        }
        return v;
    }
}
