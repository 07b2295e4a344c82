package org.mockinterview.scoring;

import org.mockinterview.kernel.Words;
import org.mockinterview.scoring.AnswerAnalysis.KeyPointCoverage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Key-point coverage, by words first (crudely stemmed, British and American spellings made equal, most of a point's
 * content words present) and, for near misses (at least a third of the words present), by meaning: the point's
 * embedding close to one clause of the answer. {@code matchedBy} says which.
 */
final class KeyPoints {
    /**
     * Cosine (MiniLM) from which one answer clause says a near-missed point in other words. Set on hand-written pairs
     * (ConceptAnswerTest, KeyPointMeaningTest); the shared eval sets have no key-point labels, so there is no held-out
     * figure (docs/QUALITY.md). Points with less than {@link #NEAR_MISS} of their words in the answer are not tried:
     * MiniLM does not separate loose paraphrases of terse points from wrong pairs, and each try costs inference.
     */
    static final double SUPPORTED_SIMILARITY = 0.45;
    static final double NEAR_MISS = 1 / 3.0;
    static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with",
            "is", "are", "be", "it", "its", "that", "this", "as", "by", "at", "from", "how", "what", "why", "when",
            "which", "vs", "versus", "between", "about", "into", "can", "should", "you", "your", "their", "they");

    private KeyPoints() {
    }

    static List<KeyPointCoverage> cover(List<String> points, ParsedAnswer a, SentenceVectors vectors) {
        if (points == null) {
            return null;
        }
        Set<String> answerStems = new HashSet<>();
        for (String w : a.words()) {
            answerStems.add(key(w));
        }
        List<KeyPointCoverage> out = new ArrayList<>();
        List<Integer> missed = new ArrayList<>();
        for (String point : points) {
            if (point == null) {
                continue;
            }
            double share = overlap(point, answerStems);
            boolean covered = share >= LEXICAL_SHARE;
            if (!covered && share >= NEAR_MISS) {
                missed.add(out.size());
            }
            out.add(new KeyPointCoverage(point, covered, covered ? "words" : null));
        }
        if (!missed.isEmpty() && !a.sentences().isEmpty() && vectors.available()) {
            byMeaning(out, missed, a, vectors);
        }
        return List.copyOf(out);
    }

    private static final double LEXICAL_SHARE = 0.6;

    /** Share of the point's content words found in the answer; short points (one or two words) need all of them. */
    private static double overlap(String point, Set<String> answerStems) {
        List<String> stems = new ArrayList<>();
        for (String w : Words.of(Segment.normalise(point))) {
            if (!STOP.contains(w) && w.length() > 1) {
                stems.add(key(w));
            }
        }
        if (stems.isEmpty()) {
            return 0;
        }
        long hit = stems.stream().filter(answerStems::contains).count();
        return stems.size() <= 2 && hit < stems.size() ? Math.min(0.5, (double) hit / stems.size())
                : (double) hit / stems.size();
    }

    /**
     * Embeds the near-missed points and, to stay within the latency budget, only the answer clauses that share a word
     * with one of them (the two best per point, at most {@link #MAX_SENTENCES}); then takes each point's best cosine.
     */
    private static void byMeaning(List<KeyPointCoverage> out, List<Integer> missed, ParsedAnswer a,
                                  SentenceVectors vectors) {
        List<String> points = new ArrayList<>();
        List<Segment> candidates = new ArrayList<>();
        for (int i : missed) {
            points.add(out.get(i).point());
            for (Segment s : bestSentences(out.get(i).point(), a.clauses())) {
                if (!candidates.contains(s) && candidates.size() < MAX_SENTENCES) {
                    candidates.add(s);
                }
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        List<String> sentences = candidates.stream().map(Segment::text).toList();
        Optional<List<float[]>> v = vectors.embed(points, sentences);
        if (v.isEmpty()) {
            return;
        }
        for (int p = 0; p < missed.size(); p++) {
            double best = 0;
            for (int s = points.size(); s < points.size() + sentences.size(); s++) {
                best = Math.max(best, SentenceVectors.cosine(v.get().get(p), v.get().get(s)));
            }
            int i = missed.get(p);
            if (best >= SUPPORTED_SIMILARITY) {
                out.set(i, new KeyPointCoverage(out.get(i).point(), true, "meaning"));
            }
        }
    }

    private static final int MAX_SENTENCES = 2;

    /** The (at most two) clauses sharing most content words with the point; none share any → none. */
    private static List<Segment> bestSentences(String point, List<Segment> sentences) {
        Set<String> pointStems = new HashSet<>();
        for (String w : Words.of(Segment.normalise(point))) {
            if (!STOP.contains(w) && w.length() > 2) {
                pointStems.add(key(w));
            }
        }
        List<Segment> out = new ArrayList<>();
        List<Integer> shared = new ArrayList<>();
        for (Segment s : sentences) {
            int n = 0;
            for (String w : Words.of(s.lower())) {
                n += pointStems.contains(key(w)) ? 1 : 0;
            }
            if (n == 0) {
                continue;
            }
            int at = 0;
            while (at < shared.size() && shared.get(at) >= n) {
                at++;
            }
            out.add(at, s);
            shared.add(at, n);
        }
        return out.subList(0, Math.min(2, out.size()));
    }

    /** The matching key of a word: hyphens dropped, spelling variants made equal, then stemmed. */
    static String key(String w) {
        return stem(Spelling.normalise(w.replace("-", "")));
    }

    static String stem(String w) {
        for (String suffix : new String[]{"ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "ly", "s"}) {
            if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
                return w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
