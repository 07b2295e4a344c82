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

    private static final GuardedPattern REASON = GuardedPattern.compile("\\b(?:because(?! of)|given that)\\b[^,;]*$");
    private static final GuardedPattern PAST_PERFECT = GuardedPattern.compile("\\bhad (?:already |just |steadily |been )?$");

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
            if (index <= firstAction && anyAction && PAST_PERFECT.matcher(l.substring(0, m.start())).find()) {
                continue; // told before the steps, what was so when the story began
            }
            boolean afterAction = index > firstAction;
            boolean ownClaim = ownSubject(claimant(l.substring(0, m.start())));
            if (afterAction || ownClaim && (index >= firstAction || !anyAction) || !anyAction && index > 0) {
                return true;
            }
        }
        return false;
    }

    /** The last subject before the outcome word is the candidate's: "I joined just after they launched it" is not. */
    private static boolean ownSubject(String before) {
        Matcher last = LAST_SUBJECT.matcher(before);
        String subject = null;
        while (last.find()) {
            subject = last.group(1);
        }
        return subject != null && Cues.FIRST_PERSON_SUBJECT.matcher(subject).matches();
    }

    private static final GuardedPattern LAST_SUBJECT = GuardedPattern.compile("\\b(i|we|my team and i|our team|they|he|she)\\b");

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
    static boolean measuredOutcome(Segment c) {
        String l = c.lower();
        return !Cues.hypothetical(c) && Cues.OUTCOME.matcher(l).find()
                && Quantities.hasOutcomeQuantity(c);
    }

    /**
     * An outcome word that tells neither what was so before the story ("our audience had doubled") nor a reason
     * for what someone wanted ("she wanted to ship because sign-ups were up 9%").
     */
    private static boolean outcomeNotBefore(String l) {
        Matcher m = Cues.OUTCOME.matcher(l);
        while (m.find()) {
            String before = l.substring(0, m.start());
            if (!PAST_PERFECT.matcher(before).find() && !REASON.matcher(before).find()) {
                return true;
            }
        }
        return false;
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
        boolean resultAfter = false;
        boolean measuredAfter = false;
        for (int i = firstAction; i < clauses.size(); i++) {
            resultAfter |= result[i];
            measuredAfter |= result[i] && Quantities.hasOutcomeQuantity(clauses.get(i));
        }
        if (measuredAfter && !announced) {
            return;
        }
        for (int i = 0; i < Math.min(firstAction, clauses.size()); i++) {
            Segment c = clauses.get(i);
            String l = c.lower();
            boolean measured = Quantities.hasOutcomeQuantity(c);
            // after the steps only a vaguer outcome ("everyone was happier"): the measured change the candidate
            // claimed first ("we got the close down by two days") is the result too
            boolean allowed = !resultAfter || announced
                    || measured && Cues.FIRST_PERSON_SUBJECT.matcher(l).find() && !FINDING.matcher(l).find();
            // or any outcome the answer opens on with the word that ends a story: "Finally the director agreed …"
            if (allowed && !task[i] && outcomeNotBefore(l)
                    && (measured || i == 0 && !resultAfter && ENDING_FIRST.matcher(l).lookingAt())
                    && !Cues.hypothetical(c) && !genericSentences.contains(c.sentenceIndex())) {
                result[i] = true;
                // "… went from 91 to 96 percent, and the penalties we paid went down by …": its tail too
                for (int j = i + 1; j < firstAction && continues(clauses.get(j - 1), clauses.get(j)); j++) {
                    result[j] = true;
                }
                return;
            }
        }
    }

    /** A finding reported ("I noticed the arm had 20% more tablets"): evidence inside a step, no outcome of it. */
    private static final GuardedPattern FINDING = GuardedPattern.compile("\\b(?:noticed|saw|found|realised|realized"
            + "|discovered|spotted|figured out) (?:that|the|a|an|our|how|what|it|most|some)\\b");

    /** The outcome announced as told first: "I will start from the result", "the headline is that …". */
    private static final GuardedPattern RESULT_FIRST = GuardedPattern.compile("\\b(start (from|with) (the )?(result|outcome|end"
            + "|punchline)|(the )?(headline|bottom line|upshot|short version|punchline) (is|was)|long story short"
            + "|spoiler)\\b");

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
