package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import org.mockinterview.kernel.Words;
import java.util.List;
import java.util.regex.Matcher;

/** definition_first: does the answer open with a precise definition of the concept asked about? */
final class KnowledgeRules {
    private static final GuardedPattern DEFINING_VERB = GuardedPattern.compile("\\b(is|are|'s|refers to|means|describes|measures"
            + "|represents|is defined as|uses|adds|trains|builds|computes|updates|penali[sz]es|combines|averages|fits"
            + "|finds|minimi[sz]es|takes|drives|shrinks|maps|converts|splits|estimates|quantifies|captures|happens"
            + "|lets|allows|assigns|compares|reuses|predicts|separates|removes|stops|learns)\\b");
    private static final GuardedPattern PURPOSE_ONLY = GuardedPattern.compile("^\\W*(?:\\w+\\W+){0,3}?(used (to|for|when|if)"
            // "dropout is what you use when you want to …": a use, no definition
            + "|what (you|we|people|one) (use|need|reach for)\\b"
            + "|(useful|helpful|needed|handy) (when|if)|important|useful"
            + "|helpful|needed|a way to help|helps|used (everywhere|a lot|widely)|popular|powerful|everywhere"
            + "|widely used|common(ly used)?|very (useful|important|popular|powerful))\\b|\\b(that's|that is|which is) used to\\b"
            // a genus whose only difference is a purpose ("a technique that makes SVMs more powerful")
            + "|^\\W*(an? |the )?(\\w+ ){0,2}(technique|method|way|trick|approach|tool|thing)s? (that|which|to|for) (makes?"
            + "|helps?|lets?|allows?|improves?|boosts?|gets?)\\b"
            // padding in a definition's clothes ("this is one of those things that every practitioner runs into")
            + "|^\\W*(one of (those|the)|(a|an|the) (big|key|common|classic|important|fundamental|interesting|tricky|hard"
            + "|great|good) (\\w+ )?(thing|topic|question|concept|problem|issue|idea)s?\\b|something (that|every|we|you|people))");
    private static final GuardedPattern RELATION = GuardedPattern.compile("\\b(tension|trade|balanc\\w*|at the expense|sweet spot"
            + "|the other (goes|rises|increases)|increases the other|reduc\\w+ one|one (goes|rises)|conflict\\w*|compromise"
            + "|inversely|cannot (make|have|minimi[sz]e|get) both|can't (make|have|minimi[sz]e|get) both)\\b"
            + "|\\b(goes|go|gets?|comes?) (down|up)\\b.{0,60}\\b(goes|go|gets?) (up|down)\\b"
            + "|\\b(decreas|reduc|lower)\\w*\\b.{0,60}\\b(increas|rais|higher)\\w*|\\b(increas|rais)\\w*\\b.{0,60}\\b(decreas|reduc|lower)\\w*");
    private static final GuardedPattern TERSE_DEFINITION = GuardedPattern.compile("^[^=:]{2,40}?\\s*(=|:)\\s+");
    private static final GuardedPattern PRONOUN_SUBJECT = GuardedPattern.compile("^\\W*(?:\\w+\\W+){0,3}?((it|this|that)('s|\\s+is|\\s+refers"
            + "|\\s+means|\\s+describes)|(they|these)('re|\\s+are)|the (idea|principle|gist|core idea) is)\\b");

    /** An application the candidate lived through ("when I predicted rents in …"): a specific case (guidelines 3.1). */
    private KnowledgeRules() {
    }

    /** The sentence giving a precise definition within the first two content sentences, or null. */
    static Segment definitionFirst(ParsedAnswer a, Concept concept, List<Segment> content) {
        Segment definition = definingSentence(a, concept, content);
        // a wrong claim before the definition ends makes it wrong; one only in a later example leaves it standing
        return definition != null && Misconceptions.present(a) && Misconceptions.claimStart(a) < definition.end()
                ? null : definition;
    }

    private static Segment definingSentence(ParsedAnswer a, Concept concept, List<Segment> content) {
        if (content.isEmpty()) {
            return null;
        }
        List<Segment> firstTwo = content.subList(0, Math.min(2, content.size()));
        if (!concept.items().isEmpty()) {
            // a comparison of three or more cannot pin all down in two sentences: one precise definition opens it
            for (int i = 0; i < firstTwo.size(); i++) {
                for (String item : concept.items()) {
                    if (defines(firstTwo.get(i).lower(), Concept.single(item), i == 0)) {
                        return firstTwo.get(i);
                    }
                }
            }
            return null;
        }
        if (concept.comparison()) {
            String joined = firstTwo.get(0).lower() + " " + (firstTwo.size() > 1 ? firstTwo.get(1).lower() : "");
            boolean both = mentions(joined, concept.sideA().get(0)) && mentions(joined, concept.sideB().get(0));
            return both && DEFINING_VERB.matcher(joined).find() && wordCount(joined) >= 12 ? firstTwo.get(0) : null;
        }
        for (int i = 0; i < firstTwo.size(); i++) {
            Segment s = firstTwo.get(i);
            if (concept.tradeoff()) {
                if (RELATION.matcher(s.lower()).find() && mentionsAny(s.lower(), concept)) {
                    return s;
                }
                continue;
            }
            // "Dropout is a trick we all lean on. Formally, it means …": the second sentence's "it" is
            // the concept the first one named
            boolean pronoun = i == 0 || mentionsAny(firstTwo.get(0).lower(), concept);
            if (defines(s.lower(), concept, pronoun)) {
                return s;
            }
        }
        return null;
    }

    private static boolean defines(String l, Concept concept, boolean pronounAllowed) {
        // terse notes define with a sign ("target leakage = a feature that …", "early stopping: stop training once …")
        Matcher sign = TERSE_DEFINITION.matcher(l);
        if (sign.find() && subjectMatches(l.substring(0, sign.start(1)), concept)) {
            String body = l.substring(sign.end());
            return !PURPOSE_ONLY.matcher(body).find() && wordCount(body) >= 6;
        }
        Matcher v = DEFINING_VERB.matcher(l);
        while (v.find()) {
            String subject = l.substring(0, v.start());
            String body = l.substring(v.end());
            boolean aboutConcept = subjectMatches(subject, concept)
                    || pronounAllowed && PRONOUN_SUBJECT.matcher(l).find() && v.start() < 40;
            if (!aboutConcept) {
                continue;
            }
            if (PURPOSE_ONLY.matcher(body).find() || wordCount(body) < 6) {
                return false;
            }
            return true;
        }
        return false;
    }

    private static boolean subjectMatches(String subject, Concept concept) {
        if (concept.terms().isEmpty() || wordCount(subject) > 12) {
            return false;
        }
        int hits = 0;
        for (String t : concept.terms()) {
            if (mentions(subject, t)) {
                hits++;
            }
        }
        // the head term alone names the concept ("k-means" for "k-means clustering"); longer names need half
        return hits >= 1 && mentions(subject, concept.terms().get(0)) || hits * 2 >= concept.terms().size() && hits >= 2;
    }

    private static boolean mentionsAny(String l, Concept concept) {
        for (String t : concept.terms()) {
            if (mentions(l, t)) {
                return true;
            }
        }
        return concept.terms().isEmpty();
    }

    static boolean mentions(String l, String flatTerm) {
        for (String w : Words.of(l)) {
            String f = Concept.flat(w);
            if (f.equals(flatTerm) || f.startsWith(flatTerm) && f.length() - flatTerm.length() <= 2
                    || flatTerm.contains(f) && f.length() >= 4 && flatTerm.startsWith(f)) {
                return true;
            }
        }
        return false;
    }

    static int wordCount(String l) {
        return Words.of(l).size();
    }
}
