package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;

import java.util.List;
import java.util.Set;

/** The closing sentence of a story read as its outcome when no outcome word was found. */
final class ClosingOutcome {

    private static final GuardedPattern NO_OUTCOME = GuardedPattern.compile("\\b(?:(?:my|our|the) (?:plan|proposal|proposition"
            + "|recommendation|idea|suggestion|pitch)|(?:took|lasted|involved|required|needed) (?:\\w+ ){0,2}"
            + "(?:months?|weeks?|days?|hours?|years?|teams?|people|engineers|sprints?))\\b"
            // the size of the work, not what came of it: "overall it was 340 sites and nine years of records"
            + "|^\\W*(?:(?:so|and|overall|in total|altogether|all in all),? )*(?:it|that|this) (?:was|were|came to|covered)"
            + " (?:about |around |roughly |over |almost |nearly )?\\d[\\d,.]*\\s*(?:k|m|million|thousand)? [a-z]");

    private ClosingOutcome() {
    }

    /**
     * "The repair crews started choosing their digs from the list": where no outcome was read, the
     * story's closing sentence, told after the steps in the past tense by someone other than the candidate, is
     * what came of them.
     */
    static void mark(List<Segment> clauses, boolean[] result, boolean[] task, ActionFinder.Actor[] actors,
                     int firstAction, Set<Integer> genericSentences) {
        if (firstAction == Integer.MAX_VALUE || clauses.isEmpty()) {
            return;
        }
        for (boolean r : result) {
            if (r) {
                return;
            }
        }
        int last = clauses.getLast().sentenceIndex();
        if (genericSentences.contains(last) || clauses.get(firstAction).sentenceIndex() == last) {
            return; // a habit, or the steps themselves, close the story
        }
        for (int i = 0; i < clauses.size(); i++) {
            // a closing sentence that holds one of the candidate's steps ("… and presented it to the head of …") or
            // sums up the plan ("that was my proposal") or the effort ("it took eight months") tells no outcome
            if (clauses.get(i).sentenceIndex() == last && (actors[i] == ActionFinder.Actor.FIRST_PERSON
                    || actors[i] == ActionFinder.Actor.NONE_STATED || NO_OUTCOME.matcher(clauses.get(i).lower()).find())) {
                return;
            }
        }
        for (int i = firstAction + 1; i < clauses.size(); i++) {
            Segment c = clauses.get(i);
            String l = c.lower();
            if (c.sentenceIndex() == last && !task[i] && !Cues.hypothetical(c)
                    && !Cues.PURPOSE.matcher(l).lookingAt() && c.wordCount() >= 4 && StoryClassifier.hasPastVerb(c)) {
                result[i] = true;
                return;
            }
        }
    }
}
