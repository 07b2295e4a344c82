package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import org.mockinterview.kernel.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * Marks the "would" of a habit in a real past job ("Whenever a parent emailed, I would book a call") as past, not
 * hypothetical: the labelling guidelines count a habitual past tied to a lived setting as the episode (their rule 0.3).
 */
final class HabitualPast {
    /** What opens a habit: a repeated time, a recurring trigger, or a frequency on the "would" itself. */
    private static final GuardedPattern HABIT = GuardedPattern.compile("\\b(?:every|each) (?:day|morning|evening|night|week"
            + "|month|quarter|sprint|release|shift|season|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
            + "|\\b(?:would|'d) (?:often|usually|always|normally|regularly|sometimes|typically)\\b|\\bused to\\b");
    /** A trigger clause ("whenever a client called", "when one of them sent …"): its verb tells whether it is past. */
    private static final GuardedPattern TRIGGER = GuardedPattern.compile("\\b(?:whenever|every time|each time|when)\\b");
    private static final GuardedPattern WOULD = GuardedPattern.compile("(?:\\b(?:would)|'d)\\b(?! have\\b)");
    /** "If I did it again I would …", "next time I'd …": a lesson or a plan after the story, truly hypothetical. */
    private static final GuardedPattern COUNTERFACTUAL = GuardedPattern.compile("\\b(?:if (?:i|we) (?:were|had|did|could"
            + "|was)|next time|in hindsight|looking back|today|now|again|would have)\\b");

    private static final GuardedPattern NOT_DONE = GuardedPattern.compile("\\b(?:i|we) (?:haven't|have not|never)\\b"
            + "|\\bif (?:i|we) (?:were|had|did|could|was)\\b");

    private HabitualPast() {
    }

    /** The clauses, with those telling a past habit marked; unchanged when the answer has no lived past setting. */
    static List<Segment> mark(List<Segment> clauses) {
        if (clauses.isEmpty() || !pastSetting(clauses)) {
            return clauses;
        }
        List<Segment> out = new ArrayList<>(clauses.size());
        boolean inHabit = false;
        int sentence = -1;
        for (int i = 0; i < clauses.size(); i++) {
            Segment c = clauses.get(i);
            if (c.sentenceIndex() != sentence) {
                sentence = c.sentenceIndex();
                inHabit |= habitOpens(clauses, i);
            }
            boolean trigger = TRIGGER.matcher(c.lower()).find() && pastTrigger(c.lower());
            // a past trigger marks its clause whatever follows: "the plant scrapped batches whenever inspection found
            // warping" tells a lived habit of the scene, not a general claim
            boolean habitual = !COUNTERFACTUAL.matcher(c.lower()).find()
                    && (trigger || inHabit && WOULD.matcher(c.lower()).find());
            out.add(habitual ? c.asHabitual() : c);
        }
        return out;
    }

    /** The story is set in a lived past: a past-tense verb, before any "would", in its first two sentences. */
    private static boolean pastSetting(List<Segment> clauses) {
        for (Segment c : clauses) {
            if (c.sentenceIndex() > 1) {
                break;
            }
            if (NOT_DONE.matcher(c.lower()).find()) {
                return false; // "if I had a junior, I would …", "I haven't mentored anyone yet": no lived setting
            }
            // only a past verb before any "I would" sets the scene: "… I'd keep them updated" tells no past
            var plan = Cues.HYPOTHETICAL.matcher(c.lower());
            int end = plan.find() ? plan.start() : c.lower().length();
            if (StoryClassifier.hasPastVerb(Segment.of(c.lower(), 0, end, c.sentenceIndex(), false))) {
                return true;
            }
        }
        return false;
    }

    /** The sentence whose first clause is {@code first} opens a habit told with "would". */
    private static boolean habitOpens(List<Segment> clauses, int first) {
        StringBuilder s = new StringBuilder();
        int sentence = clauses.get(first).sentenceIndex();
        for (int i = first; i < clauses.size() && clauses.get(i).sentenceIndex() == sentence; i++) {
            s.append(clauses.get(i).lower()).append(' ');
        }
        String l = s.toString();
        if (!WOULD.matcher(l).find() || COUNTERFACTUAL.matcher(l).find()) {
            return false;
        }
        return HABIT.matcher(l).find() || pastTrigger(l);
    }

    /** A trigger whose own verb is past: "whenever a store's sales came in high" (not "whenever someone asks"). */
    private static boolean pastTrigger(String lower) {
        var m = TRIGGER.matcher(lower);
        while (m.find()) {
            List<String> after = Words.of(lower.substring(m.end()));
            for (int k = 0; k < Math.min(6, after.size()); k++) {
                String w = after.get(k);
                if (w.equals("would") || w.endsWith("'d")) {
                    break;
                }
                // any "-ed" form counts here: after a trigger's subject, "called" or "needed" is the verb
                if (Verbs.isPast(w) || k > 0 && w.length() > 4 && w.endsWith("ed")) {
                    return true;
                }
            }
        }
        return false;
    }
}
