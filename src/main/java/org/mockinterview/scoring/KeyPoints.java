package org.mockinterview.scoring;

import org.mockinterview.scoring.AnswerAnalysis.KeyPointCoverage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Key-point coverage by overlap of crudely stemmed content words; most of a point's words must appear. */
final class KeyPoints {
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with",
            "is", "are", "be", "it", "its", "that", "this", "as", "by", "at", "from", "how", "what", "why", "when",
            "which", "vs", "versus", "between", "about", "into", "can", "should", "you", "your", "their", "they");

    private KeyPoints() {
    }

    static List<KeyPointCoverage> cover(List<String> points, ParsedAnswer a) {
        if (points == null) {
            return null;
        }
        Set<String> answerStems = new HashSet<>();
        for (String w : a.words()) {
            answerStems.add(stem(w));
        }
        List<KeyPointCoverage> out = new ArrayList<>();
        for (String point : points) {
            if (point == null) {
                continue;
            }
            List<String> stems = new ArrayList<>();
            for (String w : Tokens.words(Segment.normalise(point))) {
                if (!STOP.contains(w) && w.length() > 1) {
                    stems.add(stem(w));
                }
            }
            long hit = stems.stream().filter(answerStems::contains).count();
            boolean covered = !stems.isEmpty() && (stems.size() <= 2 ? hit == stems.size() : hit >= Math.ceil(0.6 * stems.size()));
            out.add(new KeyPointCoverage(point, covered));
        }
        return List.copyOf(out);
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
