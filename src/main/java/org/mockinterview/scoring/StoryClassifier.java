package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import org.mockinterview.kernel.Words;
import java.util.List;
import java.util.Set;

/** Decides whether an answer narrates a lived episode, a plan, a habit, or is no answer at all. */
final class StoryClassifier {
    private static final Set<String> PERFECT_AUX = Set.of("have", "has", "i've", "we've", "would", "'ve", "could",
            "should", "will", "might");
    private static final GuardedPattern FIRST_PERSON = GuardedPattern.compile("\\b(i|we|my|our|me|us|i'm|i've|i'd)\\b");

    /** A request that opened the episode or a change that closed it, in any tense. */
    private static final GuardedPattern EPISODE_TURN = GuardedPattern.compile("\\b(my|our) (leader|manager|boss|lead|team lead"
            + "|supervisor|client|professor) (ask|asks|tell|tells|give|gives|want|wants)\\b|\\bone (day|time|week)\\b"
            + "|\\b(go|goes|come|comes|drop|drops|fall|falls) (down |up )?from \\S+ (\\S+ )?to\\b");

    private StoryClassifier() {
    }

    static StoryType classify(String lower, List<Segment> clauses, int words, boolean behavioral) {
        if (words < 4) {
            return StoryType.NON_ANSWER; // "I don't know" and other non-answers are NonAnswers' to find, with a reason
        }
        int past = 0;
        int hypothetical = 0;
        int generic = 0;
        for (Segment c : clauses) {
            if (Cues.hypothetical(c)) {
                hypothetical++;
            } else if (Cues.generic(c)) {
                generic++;
            } else if (c.habitual() || hasPastVerb(c)) {
                past++;
            }
        }
        boolean personal = FIRST_PERSON.matcher(lower).find();
        // speakers whose language marks no tense tell a past episode in the present ("my leader ask me …, after the
        // change the report time go from 40 to 3 minutes"): an episode's turns still mark it as one
        if (past == 0 && hypothetical == 0 && personal && clauses.stream().anyMatch(
                c -> Cues.STRONG_RESULT.matcher(c.lower()).find() || EPISODE_TURN.matcher(c.lower()).find())) {
            return StoryType.SPECIFIC;
        }
        if (past == 0 && hypothetical == 0 && generic == 0) {
            return behavioral && !personal ? StoryType.NON_ANSWER : StoryType.GENERIC;
        }
        if (hypothetical + generic > past) {
            return hypothetical >= generic ? StoryType.HYPOTHETICAL : StoryType.GENERIC;
        }
        return StoryType.SPECIFIC;
    }

    static boolean hasPastVerb(Segment c) {
        List<String> words = Words.of(c.lower());
        for (int i = 0; i < words.size(); i++) {
            String prev = i == 0 ? "" : words.get(i - 1);
            boolean past = Verbs.isPast(words.get(i))
                    || Verbs.isAmbiguousPast(words.get(i)) && Set.of("i", "we", "he", "she", "they").contains(prev);
            if (past && !PERFECT_AUX.contains(prev)) {
                return true;
            }
        }
        return false;
    }
}
