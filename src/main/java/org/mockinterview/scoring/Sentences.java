package org.mockinterview.scoring;

import org.mockinterview.kernel.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Sentence-level helpers for the rubric: which sentences carry content (guidelines §1.2–1.3). */
final class Sentences {
    private static final Set<String> FILLER = Set.of("um", "uh", "like", "yeah", "so", "okay", "ok", "well",
            "basically", "right", "sure", "good", "great", "one", "question", "absolutely", "alright", "hmm", "yes",
            "let", "me", "think", "interesting", "nice", "the", "a", "an", "of");

    private Sentences() {
    }

    /** A word of the asked term, in any inflection ("Embeddings." for "What is an embedding?"). */
    private static boolean namesConcept(String word, Concept concept) {
        for (String term : concept.terms()) {
            if (KnowledgeRules.mentions(word, term)) {
                return true;
            }
        }
        return false;
    }

    /** Content sentences: not filler-only, not an acknowledgement or bare topic, not a label line. */
    static List<Segment> content(List<Segment> sentences, Concept concept) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : sentences) {
            List<String> w = Words.of(s.lower());
            if (s.text().endsWith(":") && w.size() <= 5) {
                continue;
            }
            boolean padding = true;
            for (String t : w) {
                if (!FILLER.contains(t) && !namesConcept(t, concept)) {
                    padding = false;
                    break;
                }
            }
            if (!padding) {
                out.add(s);
            }
        }
        return out;
    }
}
