package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import org.mockinterview.kernel.Words;

/**
 * Which clauses of a story tell its result: an outcome after the steps or claimed as the speaker's own, its tail,
 * the clause after a "Result:" label, and a measured change told before the steps when none follows them.
 */
final class ResultClauses {
    private static final Set<String> PURPOSE_VERBS = Set.of("form", "make", "demonstrate", "achieve", "help",
            "improve", "increase", "reduce", "ensure", "get", "be", "have", "become", "deliver", "create", "cut", "grow",
            "boost", "save", "win", "reach", "meet", "hit", "lower", "raise", "drive", "bring", "keep");
    /** Nouns that a "to" clause measures rather than aims: "time to resolve", "cost to serve". */
    private static final Set<String> MEASURED_NOUN = Set.of("time", "times", "cost", "costs", "effort", "days", "hours",
            "minutes", "weeks", "months", "ability", "latency");
    private static final GuardedPattern CONTINUATION = GuardedPattern.compile("(and|so|which|while|but)\\b");
    /** What a task clause must say to be an outcome too: a deadline ("by the end of Q3") is not one. */
    private static final GuardedPattern TASK_OUTCOME = GuardedPattern.compile("\\b(ultimately|eventually|in the end|deemed"
            + "|(was|were) (not )?(met|achieved|missed|exceeded|reached))\\b");

    /**
     * A lesson the story left, which counts as its result (STAR guidelines 4.2): "what I took away is …", "the big
     * thing I learned is that I should have …".
     */
    private static final GuardedPattern LESSON = GuardedPattern.compile("\\b(what (i|we) took away|(i|we) took away"
            + "|(the|my|one|a) (big |main |key |biggest |real )?(lesson|takeaway|take-away|thing (i|we) (learned|learnt"
            + "|took away))|(i|we) (learned|learnt) (that|to|a lot|the hard way))\\b");
    /** An outcome only projected, which did not happen: "would save the club two million", "could have cut it". */
    private static final GuardedPattern PROJECTED = GuardedPattern.compile("\\b(would|could|might) (probably |likely "
            + "|potentially |easily )?(have )?(save|saved|cut|reduce|reduced|increase|increased|lift|lifted|bring|brought"
            + "|generate|generated|prevent|prevented|avoid|avoided|earn|earned)\\b");

    private static final GuardedPattern ENDING_FIRST = GuardedPattern.compile("^(?:\\W*(?:so|well|um|uh)\\W+)*(?:finally|in the end)\\b");

    private ResultClauses() {
    }

    static boolean[] find(List<Segment> clauses, boolean[] task, int firstAction, Set<Integer> genericSentences) {
        int n = clauses.size();
        boolean anyAction = firstAction != Integer.MAX_VALUE;
        boolean[] result = new boolean[n];
        for (int i = 0; i < n; i++) {
            // a task ("deliver it by the end of Q3") states what was wanted, not what happened
            result[i] = (!task[i] || TASK_OUTCOME.matcher(clauses.get(i).lower()).find())
                    && !genericSentences.contains(clauses.get(i).sentenceIndex())
                    && (isResult(clauses.get(i), i, firstAction, anyAction)
                    || n <= 2 && i == 0 && measuredOutcome(clauses.get(i))
                    || i > 0 && result[i - 1] && continues(clauses.get(i - 1), clauses.get(i))
                    || i > 0 && labelled(clauses.get(i - 1), clauses.get(i)));
        }

        resultToldFirst(clauses, result, task, firstAction, genericSentences);
        return result;
    }

    private static boolean isResult(Segment c, int index, int firstAction, boolean anyAction) {
        String l = c.lower();
        if (LESSON.matcher(l).find()) {
            return true;
        }
        if (Cues.hypothetical(c) || PROJECTED.matcher(l).find()) {
            return false;
        }
        if (Cues.STRONG_RESULT.matcher(l).find()) {
            return true;
        }
        Matcher m = Cues.OUTCOME.matcher(l);
        while (m.find()) {
            if (isPurpose(l.substring(0, m.start()))) {
                continue;
            }
            boolean afterAction = index > firstAction;
            boolean ownClaim = Cues.FIRST_PERSON_SUBJECT.matcher(claimant(l.substring(0, m.start()))).find();
            if (afterAction || ownClaim || !anyAction && index > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the subject of an outcome word can stand: after an opening frame ("At a broker I worked for, the desk
     * had moved …", "When I was on the risk team, the bank launched …") the frame's "I" says where, not who.
     */
    private static String claimant(String before) {
        int comma = before.lastIndexOf(',');
        return comma > 0 && Cues.FRAME.matcher(before).find() ? before.substring(comma + 1) : before;
    }

    /**
     * "I cut duplicate alerts by a quarter", "Raising our model's recall from 0.52 to 0.61": an answer that
     * is only its outcome, measured, tells a result even with no step before it.
     */
    private static boolean measuredOutcome(Segment c) {
        String l = c.lower();
        return !Cues.hypothetical(c) && Cues.OUTCOME.matcher(l).find()
                && Quantities.hasOutcomeQuantity(c);
    }

    /** "…dropped by a fifth, which meant … and so the team could …": the tail of an outcome is outcome too. */
    private static boolean continues(Segment previous, Segment clause) {
        return previous.sentenceIndex() == clause.sentenceIndex()
                && CONTINUATION.matcher(clause.lower()).lookingAt() && actorless(clause);
    }

    /**
     * "Our cloud bill fell by $9,000 a month. I audited…": with no outcome after the steps, a measured change told
     * before them is the result, told first, not the scene.
     */
    private static void resultToldFirst(List<Segment> clauses, boolean[] result, boolean[] task, int firstAction,
                                        Set<Integer> genericSentences) {
        if (firstAction == Integer.MAX_VALUE) {
            return; // no steps: nothing was told before them
        }
        boolean announced = false;
        for (int i = 0; i < Math.min(firstAction, clauses.size()); i++) {
            announced |= RESULT_FIRST.matcher(clauses.get(i).lower()).find();
        }
        for (int i = firstAction; i < clauses.size() && !announced; i++) {
            if (result[i]) {
                return;
            }
        }
        for (int i = 0; i < Math.min(firstAction, clauses.size()); i++) {
            String l = clauses.get(i).lower();
            // or any outcome the answer opens on with the word that ends a story: "Finally the director agreed …"
            if (!task[i] && Cues.OUTCOME.matcher(l).find() && (Quantities.hasOutcomeQuantity(clauses.get(i))
                    || i == 0 && ENDING_FIRST.matcher(l).lookingAt())
                    && !Cues.hypothetical(clauses.get(i))
                    && !genericSentences.contains(clauses.get(i).sentenceIndex())) {
                result[i] = true;
                return;
            }
        }
    }

    /**
     * "The repair crews started choosing their digs from the list": where no outcome was read, the
     * story's closing sentence, told after the steps in the past tense by someone other than the candidate, is
     * what came of them.
     */
    static void closingOutcome(List<Segment> clauses, boolean[] result, boolean[] task, ActionFinder.Actor[] actors,
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

    /** A slide, chart or memo made to show something: what it shows is its content, not an outcome. */
    private static final GuardedPattern SHOWING_ARTEFACT = GuardedPattern.compile("\\b(?:slides?|charts?|decks?|graphs?"
            + "|tables?|memos?|pages?|summary|estimates?|waterfall)\\b[^.]{0,30}\\b(?:estimating|showing|projecting|on|about"
            + "|with|of|to show|that showed)\\b");
    private static final GuardedPattern OWN_VERB = GuardedPattern.compile("\\b(?:is|are|was|were|has|have|had|went|fell|rose"
            + "|grew|dropped|came|got|stopped|started)\\b");

    /**
     * "… I closed with a slide estimating the staffing savings, and the revenue impact of fewer misses": what the
     * candidate's slide or chart shows, and a phrase joined to it with no verb of its own, is its content, no
     * outcome; returns which clauses are such content.
     */
    static boolean[] contentOfSteps(List<Segment> clauses, boolean[] result, ActionFinder.Actor[] actors) {
        boolean[] content = new boolean[clauses.size()];
        for (int i = 0; i < clauses.size(); i++) {
            String l = clauses.get(i).lower();
            Matcher shown = SHOWING_ARTEFACT.matcher(l);
            if (result[i] && actors[i] == ActionFinder.Actor.FIRST_PERSON && shown.find()
                    && !Cues.OUTCOME.matcher(l.substring(0, shown.start())).find()
                    && !OWN_VERB.matcher(l.substring(shown.end())).find()) { // "… a chart showing churn fell 4%"
                result[i] = false; // "I closed with a slide estimating the hours saved": the outcome is the slide's
                content[i] = true;
            }
        }
        for (int i = 1; i < clauses.size(); i++) {
            Segment c = clauses.get(i);
            Segment before = clauses.get(i - 1);
            if (result[i] && !result[i - 1] && actors[i - 1] == ActionFinder.Actor.FIRST_PERSON
                    && before.sentenceIndex() == c.sentenceIndex() && c.lower().startsWith("and ")
                    && SHOWING_ARTEFACT.matcher(before.lower()).find() && !OWN_VERB.matcher(c.lower()).find()) {
                result[i] = false;
                content[i] = true;
            }
        }
        return content;
    }

    /** The outcome announced as told first: "I will start from the result", "the headline is that …". */
    private static final GuardedPattern RESULT_FIRST = GuardedPattern.compile("\\b(start (from|with) (the )?(result|outcome|end"
            + "|punchline)|(the )?(headline|bottom line|upshot|short version|punchline) (is|was)|long story short"
            + "|spoiler)\\b");

    private static final GuardedPattern NO_OUTCOME = GuardedPattern.compile("\\b(?:(?:my|our|the) (?:plan|proposal|proposition"
            + "|recommendation|idea|suggestion|pitch)|(?:took|lasted|involved|required|needed) (?:\\w+ ){0,2}"
            + "(?:months?|weeks?|days?|hours?|years?|teams?|people|engineers|sprints?))\\b"
            // the size of the work, not what came of it: "overall it was 340 sites and nine years of records"
            + "|^\\W*(?:(?:so|and|overall|in total|altogether|all in all),? )*(?:it|that|this) (?:was|were|came to|covered)"
            + " (?:about |around |roughly |over |almost |nearly )?\\d[\\d,.]*\\s*(?:k|m|million|thousand)? [a-z]");

    /** The clause follows a "Result:" label in its sentence. */
    private static boolean labelled(Segment previous, Segment clause) {
        return previous.sentenceIndex() == clause.sentenceIndex() && Cues.RESULT_LABEL.matcher(previous.lower()).matches();
    }

    private static boolean actorless(Segment clause) {
        return ActionFinder.find(clause, false, false) == null;
    }

    private static boolean isPurpose(String before) {
        List<String> w = Words.of(before);
        int from = Math.max(0, w.size() - 5);
        for (int i = from; i < w.size(); i++) {
            String word = w.get(i);
            if (word.equals("to") && i > 0 && MEASURED_NOUN.contains(w.get(i - 1))) {
                continue; // "time to close a ticket went from 2 days to 6 hours" measures, it aims at nothing
            }
            if (word.equals("to")) {
                String next = i + 1 < w.size() ? w.get(i + 1) : "";
                if (Verbs.isActionBase(next) || PURPOSE_VERBS.contains(next)) {
                    return true;
                }
            } else if (Cues.PURPOSE.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }
}
