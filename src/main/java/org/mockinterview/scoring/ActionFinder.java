package org.mockinterview.scoring;

import org.mockinterview.kernel.Words;
import java.util.List;
import java.util.Set;

/**
 * Finds concrete actions in a clause: an action verb in finite use (after a subject, or opening a clause as a
 * résumé-style fragment) with a specific object.
 */
final class ActionFinder {
    /** Who performed an action found in a clause. */
    enum Actor { FIRST_PERSON, OTHER, NONE_STATED }

    private static final Set<String> SKIPPABLE = Set.of("immediately", "also", "then", "quickly", "first", "finally",
            "really", "actually", "personally", "just", "basically", "all", "both", "uh", "um", "like", "kind", "of",
            "sort", "eventually", "later", "initially", "carefully", "manually", "directly", "subsequently", "once",
            "together", "even", "only", "soon", "further", "myself", "ourselves", "so", "and", "yeah", "successfully",
            "jointly", "proactively", "quietly", "simply");
    private static final Set<String> SUBJECTS = Set.of("i", "we", "he", "she", "they");
    private static final Set<String> NOUN_SUBJECTS = Set.of("team", "manager", "everyone", "colleague", "lead",
            "director", "engineers", "analysts", "together");
    private static final Set<String> BLOCKERS = Set.of("to", "would", "i'd", "we'd", "will", "can", "could", "should",
            "might", "must", "was", "were", "be", "been", "being", "is", "are", "the", "a", "an", "not", "never",
            "didn't", "don't", "won't", "couldn't", "who", "which", "that", "you", "i'll", "we'll", "have", "has", "had",
            "i've", "we've", "if");
    static final Set<String> STOP = Set.of("the", "a", "an", "it", "this", "that", "them", "to", "of", "and",
            "or", "with", "for", "on", "in", "at", "by", "out", "up", "my", "our", "their", "his", "her", "its", "some",
            "data", "things", "stuff", "something", "everything", "problem", "issue", "situation", "work", "decide",
            "decision", "mistake", "job", "best", "well", "so", "there", "all", "these", "those", "what", "how",
            "was", "were", "is", "are", "be", "i", "we", "me", "us", "then", "again", "done", "quickly", "together");

    private static final Set<String> ORGANISATION = Set.of("team", "company", "firm", "startup", "organisation",
            "organization", "group", "department", "bank", "agency", "as", "lab", "squad", "club", "society");

    /** A repeated past routine ("every Monday I would pull …"): its "would" tells a habit, not a plan. */
    private static final java.util.regex.Pattern ROUTINE = java.util.regex.Pattern.compile("\\b(every|each) (day|morning"
            + "|evening|night|week|month|quarter|sprint|release|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");

    private static final java.util.regex.Pattern BY_AMOUNT = java.util.regex.Pattern.compile("\\bby (about |around |like |roughly |almost |nearly )?"
            + "(\\d|" + Cues.NUMBER_WORD + "\\b|a (third|quarter|half|fifth))");
    static final Set<String> CLAUSE_GOES_ON = Set.of("and", "but", "so", "then");
    private static final Set<String> TIME_FRAME = Set.of("before", "after", "when", "since", "until", "once", "while",
            "as");
    private static final Set<String> SCENE_VERBS = Set.of("work", "worked", "works", "interned", "studied", "trained",
            "volunteered", "taught");
    private static final Set<String> EMPLOYER_PREPOSITIONS = Set.of("for", "at", "as");
    private static final Set<String> CLOSING_PREPOSITION = Set.of("for", "at", "with", "in", "on");
    private static final Set<String> MAIN_AUXILIARY = Set.of("had", "has", "have", "was", "were", "is", "are");

    private ActionFinder() {
    }

    /** The actor of the first concrete action in the clause, or null when it has none. */
    static Actor find(Segment clause, boolean inheritedFirstPerson, boolean inheritedOther) {
        List<String> w = Words.of(clause.lower());
        Actor best = null;
        boolean habit = clause.habitual(); // a past habit, checked against the whole answer (HabitualPast)
        boolean routine = habit || ROUTINE.matcher(clause.lower()).find();
        for (int i = 0; i < w.size(); i++) {
            String word = w.get(i);
            // the means of a first-person claim is its step: "I cut our cloud bill by moving the jobs to spot instances"
            if (i > 1 && word.endsWith("ing") && w.get(i - 1).equals("by") && w.subList(0, i).contains("i")
                    && StepObjects.hasOwnObject(w, i)) {
                return Actor.FIRST_PERSON;
            }
            boolean open = !Verbs.isAction(word) && Verbs.isOpenPast(word)
                    || habit && ModalSteps.afterOwnWould(w, i, SKIPPABLE) // "I would book a call": a verb, always
                    || ModalSteps.participleAfterHave(w, i) || ModalSteps.adjectiveAsStep(w, i);
            if (!Verbs.isAction(word) && !open || joinsOrganisation(w, i) || inRelativeClause(w, i)
                    || qualifiesOpeningPlace(w, i)) {
                continue;
            }
            int p = i - 1;
            while (p >= 0 && (SKIPPABLE.contains(w.get(p)) || routine && w.get(p).equals("would"))
                    && !SUBJECTS.contains(w.get(p))) {
                p--;
            }
            String prev = p >= 0 ? w.get(p) : null;
            if (habit && prev != null && prev.endsWith("'d")) {
                prev = prev.substring(0, prev.length() - 2); // "every Monday I'd rerun it": the habit's subject
            }
            String perfect = p >= 0 ? ModalSteps.perfectSubject(w, p, word) : null;
            if (perfect != null) {
                prev = perfect; // "I have rewritten the extraction": the perfect's subject took the step
            }
            boolean past = Verbs.isPast(word) || Verbs.isAction(word) && !Verbs.isActionBase(word);
            // a present-tense verb in a clause that frames time ("before I run it") tells the setting, not a step
            boolean framed = p > 0 && TIME_FRAME.contains(w.get(p - 1));
            if (framed && !past) {
                continue;
            }
            // "the company where I work(ed)", "when I volunteered at …", "I worked for a courier firm": the place of
            // the story, no step in it
            boolean employment = i + 1 < w.size() && EMPLOYER_PREPOSITIONS.contains(w.get(i + 1));
            if ((p > 0 && (w.get(p - 1).equals("where") || framed) || employment) && SCENE_VERBS.contains(word)) {
                continue;
            }
            // a result verb with its amount ("I improved the accuracy by fifteen percent") claims an outcome (7.1)
            if (Verbs.RESULT_VERBS.contains(word) && BY_AMOUNT.matcher(String.join(" ", w.subList(i, Math.min(w.size(), i + 10))))
                    .find()) {
                continue;
            }
            // "I pinned it and shifted scoring onto a GPU box": the second verb shares the first one's "I"
            boolean sharedSubject = i > 1 && w.get(i - 1).equals("and") && Verbs.isPast(word)
                    && ownSubjectBefore(w, i - 1);
            if (open && !fragmentOpener(clause, w, i, p) && (prev == null || !prev.equals("i")
                    && !SUBJECTS.contains(prev) && !sharedSubject || framed)) {
                // outside the lexicon only a stated subject makes an "-ed" word a step taken, and not in a clause
                // that dates the story ("before I moved into data")
                continue;
            }
            Actor actor;
            if (sharedSubject) {
                actor = Actor.FIRST_PERSON;
            } else if (prev == null) {
                if (i > 3) {
                    continue;
                }
                actor = inheritedFirstPerson ? Actor.FIRST_PERSON : inheritedOther ? Actor.OTHER : Actor.NONE_STATED;
                if (!past && actor == Actor.NONE_STATED) {
                    continue; // a bare base-form verb opening a line is an instruction or goal, not a step taken
                }
            } else if (prev.equals("i")) {
                actor = Actor.FIRST_PERSON;
            } else if (SUBJECTS.contains(prev) || NOUN_SUBJECTS.contains(prev)) {
                actor = Actor.OTHER;
            } else if (prev.equals("and") || prev.equals(",")) {
                actor = inheritedFirstPerson ? Actor.FIRST_PERSON : Actor.OTHER;
            } else {
                continue;
            }
            if (BLOCKERS.contains(prev == null ? "" : prev)) {
                continue;
            }
            // a problem claimed gone ("I fixed our rota sheet") tells how only with a longer object or a means
            // in its clause ("found the leak with a heap dump and fixed the cache settings")
            int completionNeeds = StepObjects.hasMeans(w) || StepObjects.namesMechanism(w, i) ? 1 : 4;
            if (Verbs.COMPLETION.contains(word) ? StepObjects.contentWords(w, i, true) < completionNeeds
                    : open ? !StepObjects.hasOwnObject(w, i)
                    : !StepObjects.hasSpecificObject(w, i, Verbs.VAGUE.contains(word) ? 2 : 1)) {
                continue;
            }
            if (actor == Actor.FIRST_PERSON) {
                return actor;
            }
            if (best == null) {
                best = actor;
            }
        }
        return best;
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "our", "their", "its", "every", "each",
            "all", "both", "my");

    /**
     * "Swapped the arrival estimates to live GPS speeds.": a sentence opening on a past verb with its object, as
     * terse answers drop the "I", is a step; a participle opening ("Based on …", "Faced with …") takes no object.
     */
    private static boolean fragmentOpener(Segment clause, List<String> w, int verb, int before) {
        String text = clause.text().strip();
        return verb == 0 && before < 0 && !text.isEmpty() && Character.isUpperCase(text.charAt(0))
                && verb + 1 < w.size() && DETERMINERS.contains(w.get(verb + 1));
    }

    /**
     * "losses at the bank I worked for had been rising": the verb closes a relative clause (a preposition,
     * then the main clause's auxiliary), it names no step.
     */
    private static boolean inRelativeClause(List<String> w, int verb) {
        return verb + 2 < w.size() && CLOSING_PREPOSITION.contains(w.get(verb + 1))
                && MAIN_AUXILIARY.contains(w.get(verb + 2));
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("at", "in", "on", "for", "with", "from", "during");

    /**
     * "At a clinic I joined in May, the nurses had …": "I" and its verb right after the noun of an opening
     * place say which place, when the clause's own subject and predicate come after them.
     */
    private static boolean qualifiesOpeningPlace(List<String> w, int verb) {
        if (verb < 3 || !w.get(verb - 1).equals("i") || !PLACE_PREPOSITIONS.contains(w.get(0))) {
            return false;
        }
        for (String x : w.subList(1, verb - 1)) {
            if (SUBJECTS.contains(x) || CLAUSE_GOES_ON.contains(x)) {
                return false;
            }
        }
        // the clause's own predicate follows ("…, the installers had no way"); without one "I ran a test" is it
        for (int j = verb + 2; j < w.size(); j++) {
            if (MAIN_AUXILIARY.contains(w.get(j)) && !SUBJECTS.contains(w.get(j - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "I joined the analytics team": joining an organisation sets the scene, it is no step. */
    private static boolean joinsOrganisation(List<String> w, int verb) {
        if (!w.get(verb).startsWith("join")) {
            return false;
        }
        for (int j = verb + 1; j < w.size() && j <= verb + 5; j++) {
            if (ORGANISATION.contains(w.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** An "I" earlier in the clause before position end, with no other subject and no modal ("I must") after it. */
    private static boolean ownSubjectBefore(List<String> w, int end) {
        for (int j = end - 1; j >= 0; j--) {
            if (w.get(j).equals("i")) {
                return j + 1 >= w.size() || !BLOCKERS.contains(w.get(j + 1));
            }
            if (SUBJECTS.contains(w.get(j)) || NOUN_SUBJECTS.contains(w.get(j)) || BLOCKERS.contains(w.get(j))
                    && !STOP.contains(w.get(j))) {
                return false;
            }
        }
        return false;
    }
}
