package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import org.mockinterview.kernel.Words;
import org.mockinterview.scoring.ActionFinder.Actor;
import org.mockinterview.scoring.AnswerAnalysis.Ownership;
import org.mockinterview.scoring.AnswerAnalysis.Presence;
import org.mockinterview.scoring.AnswerAnalysis.Star;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Labels Situation, Task, Action and Result clause by clause, following the STAR labelling guidelines: only a
 * specific past episode counts, and the role of a clause depends on its cues and on where it sits relative to the
 * first action.
 */
final class StarDetector {
    private static final GuardedPattern FINITE = GuardedPattern.compile("\\b(is|are|was|were|has|have|had|'s|did|does)\\b");
    private static final GuardedPattern FIRST_PERSON_ROLE = GuardedPattern.compile("\\b(i|my)\\b");

    /** A sentence opening on the time after the episode: what follows is the habit it left, an outcome. */
    private static final GuardedPattern CHANGED_HABIT = GuardedPattern.compile(
            "^(?:\\W*(?:so|and|but)\\W+)*(?:since then|ever since|from then on|since that (?:day|time|incident))\\b");

    private StarDetector() {
    }

    static StarFindings detect(List<Segment> clauses, StoryType story) {
        if (story != StoryType.SPECIFIC) {
            return StarFindings.empty(story);
        }
        int n = clauses.size();
        java.util.Set<Integer> genericSentences = new java.util.HashSet<>();
        java.util.Set<Integer> changedHabits = new java.util.HashSet<>();
        for (Segment c : clauses) {
            if (CHANGED_HABIT.matcher(c.lower()).lookingAt()) {
                changedHabits.add(c.sentenceIndex()); // "Since then I always …": the habit the episode left
            }
        }
        for (Segment c : clauses) {
            if (Cues.generic(c) && !changedHabits.contains(c.sentenceIndex())) {
                genericSentences.add(c.sentenceIndex()); // a habit ("often, when I ask…") is no step of the episode
            }
        }
        Actor[] actors = new Actor[n];
        boolean[] task = new boolean[n];
        int firstAction = Integer.MAX_VALUE;
        int prevSentence = -1;
        boolean sentenceFirstPerson = false;
        boolean sentenceOther = false;
        for (int i = 0; i < n; i++) {
            Segment c = clauses.get(i);
            if (c.sentenceIndex() != prevSentence) {
                sentenceFirstPerson = false;
                sentenceOther = false;
                prevSentence = c.sentenceIndex();
            }
            task[i] = isTask(c, n);
            actors[i] = genericSentences.contains(c.sentenceIndex()) ? null
                    : ActionFinder.find(c, sentenceFirstPerson, sentenceOther);
            if (actors[i] == Actor.FIRST_PERSON) {
                sentenceFirstPerson = true;
            } else if (actors[i] == Actor.OTHER) {
                sentenceOther = true;
            }
            if (actors[i] != null && !task[i] && firstAction == Integer.MAX_VALUE) {
                firstAction = i;
            }
        }
        boolean[] result = ResultClauses.find(clauses, task, firstAction, genericSentences);
        boolean[] shown = ShownContent.find(clauses, result, actors);
        ClosingOutcome.mark(clauses, result, task, actors, firstAction, genericSentences);
        Segment situation = null;
        Segment taskSeg = null;
        Segment action = null;
        Segment ownAction = null;
        Segment resultSeg = null;
        List<Segment> results = new ArrayList<>();
        List<Segment> actions = new ArrayList<>();
        int taskSentence = -1;
        boolean fragments = false;
        int firstSubstantive = firstSubstantive(clauses);
        for (int i = 0; i < n; i++) {
            Segment c = clauses.get(i);
            if (taskSeg == null && task[i]) {
                taskSeg = c;
            }
            if (task[i]) {
                taskSentence = c.sentenceIndex();
            }
            if (actors[i] != null && !task[i] && !(result[i] && actors[i] != Actor.FIRST_PERSON)) {
                if (action == null) {
                    action = c;
                }
                actions.add(c);
                if (actors[i] == Actor.FIRST_PERSON && ownAction == null) {
                    ownAction = c;
                }
                fragments |= actors[i] == Actor.NONE_STATED;
            }
            if (result[i]) {
                results.add(c);
                if (resultSeg == null) {
                    resultSeg = c;
                }
            }
            boolean elaboratesTask = !task[i] && taskSentence == c.sentenceIndex();
            // the story's first clause of substance: fillers ("um, well?") open nothing
            boolean opening = i <= firstSubstantive;
            if (situation == null && !elaboratesTask && !genericSentences.contains(c.sentenceIndex())
                    && isSituation(c, i, firstAction, task[i], result[i], actors[i], opening)) {
                situation = c;
            }
        }
        if (ownAction == null && fragments && action != null && taskSeg != null
                && FIRST_PERSON_ROLE.matcher(taskSeg.lower()).find()) {
            ownAction = action; // résumé fragments introduced by the candidate's own role or task are theirs
        }
        Presence measurable = Presence.ABSENT;
        for (Segment r : results) {
            if (Quantities.hasOutcomeQuantity(r)) {
                measurable = new Presence(true, r.text());
                break;
            }
        }
        // a business consequence told after the steps counts even where the outcome was not read as one: "the
        // planners ordered from it", "the client kept the contract"
        List<Segment> consequences = new ArrayList<>(results);
        for (int i = firstAction == Integer.MAX_VALUE ? n : firstAction + 1; i < n; i++) {
            if (!result[i] && !task[i] && !shown[i] && actors[i] != Actor.FIRST_PERSON
                    && !genericSentences.contains(clauses.get(i).sentenceIndex())) {
                consequences.add(clauses.get(i));
            }
        }
        Presence business = BusinessImpact.find(consequences, taskSeg, actions);
        Star star = new Star(presence(situation), presence(taskSeg), presence(action), presence(resultSeg));
        return new StarFindings(story, star, measurable, business,
                new Ownership(ownAction != null, ownAction == null ? null : ownAction.text()));
    }

    /** The first clause of three or more words; the clauses before it are fillers. */
    private static int firstSubstantive(List<Segment> clauses) {
        for (int j = 0; j < clauses.size(); j++) {
            if (clauses.get(j).wordCount() >= 3) {
                return j;
            }
        }
        return clauses.size();
    }

    /** An opening that names the answer to the question: "My proudest work is …", "Main lesson from …:". */
    private static final GuardedPattern RESTATED = GuardedPattern.compile(
            "^(?:the |my |our )?(?:biggest|greatest|proudest|main|best|hardest|most \\w+|key) (?:\\w+ ){0,4}?"
            + "(?:\\w+:|is|was|would be)\\s");

    private static boolean concreteStepAfter(String rest) {
        List<String> w = Words.of(rest);
        return w.size() > 1 && (w.get(0).equals("i") || w.get(0).equals("we")) && !Verbs.VAGUE.contains(w.get(1))
                && !Set.of("led", "ran", "worked", "was", "were", "had", "joined", "owned", "supervised").contains(w.get(1));
    }

    private static Presence presence(Segment s) {
        return s == null ? Presence.ABSENT : new Presence(true, s.text());
    }

    private static final GuardedPattern ASKED_WHETHER = GuardedPattern.compile("\\b(i|we) (was|were) asked (whether|if)\\b"
            // "my job was to decide whether we should keep the old tool": the question the task settles
            + "|\\b(decide|determine|find out|work out|figure out|assess|judge|check) (whether|if) (we|i|they|the \\w+)"
            + " (should|would|could)\\b");

    private static boolean isTask(Segment c, int clauseCount) {
        String l = c.lower();
        // "I was asked whether we should switch", "my job was to decide whether we should …": the question put to
        // the candidate is the task, not a hypothetical
        boolean askedWhether = ASKED_WHETHER.matcher(l).find();
        if (Cues.PLACEHOLDER.matcher(l).find() || Cues.hypothetical(c) && !askedWhether) {
            return false;
        }
        if (Cues.TASK.matcher(l).find()) {
            return true;
        }
        // A line that opens with a bare imperative ("Isolate the blast radius…") states the goal in bullet answers.
        List<String> w = Words.of(l);
        return clauseCount > 2 && c.lineStart() && !w.isEmpty() && Verbs.isActionBase(w.get(0))
                && !Verbs.isPast(w.get(0)) && w.size() >= 4;
    }

    private static final GuardedPattern PRIOR_STATE = GuardedPattern.compile(
            "^(?:(?:so|and|but|um|uh)[, ]+)*(?:before (?:that|this|then|it)|previously|until then|back then"
            + "|at the time|up to then|before i (?:joined|started|arrived))\\b");

    private static final GuardedPattern CONDITION = GuardedPattern.compile(
            "^(?:(?:so|and|but|um|uh|well|like)[, ]+)*(?:if|in case|suppose|supposing|say)\\b");

    /** The candidate claiming a problem gone, with no step told: "I just fixed it", "we sorted the report". */
    private static final GuardedPattern CLAIMED_FIX = GuardedPattern.compile("\\b(?:i|we) (?:\\w+ )?(?:fixed|solved|sorted|resolved"
            + "|handled)\\b");

    private static boolean isSituation(Segment c, int index, int firstAction, boolean task, boolean result,
                                       Actor actor, boolean openingClause) {
        String l = c.lower();
        if (Cues.hypothetical(c) || Cues.PLACEHOLDER.matcher(l).find() && c.wordCount() < 4
                || result && Cues.STRONG_RESULT.matcher(l).find()) {
            // an outcome said as one ("It was a real success", "Since that moment I …") is no scene, whatever its
            // frame; other outcome words ("the project slipped") may well set it
            return false;
        }
        if (Cues.BARE_FRAME.matcher(l.replaceAll("[,.]", "").trim()).find() || CONDITION.matcher(l).lookingAt()) {
            return false; // "if that kind of request came in": a case supposed, no scene lived
        }
        if (Cues.FRAME.matcher(l).find()) {
            // "In my previous role, I rewrote …": a bare frame in front of a concrete step sets no scene, while
            // "…, I managed a team of five" (a role) does
            boolean bareHead = l.contains(",")
                    && Cues.BARE_FRAME.matcher(l.substring(0, l.indexOf(',')).replace(".", "").trim()).find();
            // nor does one in front of the task ("In my previous role, I was asked to …"): that is the task's
            return c.wordCount() >= 4 && !(bareHead && (task || actor != null && concreteStepAfter(l.substring(l.indexOf(',')))));
        }
        if (PRIOR_STATE.matcher(l).lookingAt() && actor != Actor.FIRST_PERSON && !result && c.wordCount() >= 5) {
            // "Before that, adjusters read every claim by hand": the scene, told after a result
            return true;
        }
        if (RESTATED.matcher(l).lookingAt() || CLAIMED_FIX.matcher(l).find()) {
            // "My proudest work is the pricing tool": the question answered by name; "I fixed our rota sheet":
            // the work claimed done; neither sets a scene
            return false;
        }
        if (openingClause && actor == Actor.OTHER && !task && !result && c.wordCount() >= 5
                && !l.matches("^(?:\\W*(?:so|and|then|um|uh)\\W+)*we\\b(?! (?:had|were|used to)\\b).*")) {
            // "A client once complained that …", "We had a forecast nobody trusted": what others did before the
            // candidate acts sets the scene; "we" opening the story is the candidate's team acting
            return true;
        }
        if (index >= firstAction || task || result || actor != null) {
            return false;
        }
        return c.wordCount() >= 4 && (StoryClassifier.hasPastVerb(c) || FINITE.matcher(l).find());
    }
}
