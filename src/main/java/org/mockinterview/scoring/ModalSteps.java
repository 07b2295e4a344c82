package org.mockinterview.scoring;

import java.util.List;
import java.util.Set;

/**
 * Steps told after an auxiliary: a past habit's "I would book a call" or "I'd rerun it", and a step told in the
 * perfect, "I have rewritten the extraction", as many speakers tell past steps.
 */
final class ModalSteps {
    private static final Set<String> NO_STEP_AFTER_WOULD = Set.of("be", "have", "like", "love", "feel", "say", "think",
            "know", "want", "need", "hope", "get", "go", "come", "rather", "not", "never", "probably", "also");
    /** Irregular past participles of step verbs ("I have rewritten the job"); regular ones end in "-ed". */
    private static final Set<String> PARTICIPLES = Set.of("written", "rewritten", "taken", "given", "chosen", "driven",
            "shown", "drawn", "broken", "undertaken", "overseen", "rerun", "begun", "run");
    private static final Set<String> OWN = Set.of("i", "we");

    private ModalSteps() {
    }

    /** Word {@code i} follows "I would" or "I'd" (adverbs between) and names something done, not a state or a wish. */
    static boolean afterOwnWould(List<String> w, int i, Set<String> skippable) {
        if (NO_STEP_AFTER_WOULD.contains(w.get(i))) {
            return false;
        }
        int p = i - 1;
        while (p >= 0 && skippable.contains(w.get(p))) {
            p--;
        }
        return p >= 0 && (w.get(p).equals("i'd") || w.get(p).equals("we'd")
                || w.get(p).equals("would") && p > 0 && OWN.contains(w.get(p - 1)));
    }

    /** Word {@code i} is an irregular participle right after "have": "I have rewritten …". */
    static boolean participleAfterHave(List<String> w, int i) {
        return PARTICIPLES.contains(w.get(i)) && i > 0 && w.get(i - 1).equals("have");
    }

    /**
     * An "-ed" word read as an adjective elsewhere ("distributed systems"), told as the step of the subject before
     * it: "we distributed", "I have distributed".
     */
    static boolean adjectiveAsStep(List<String> w, int i) {
        return i > 0 && Verbs.isAdjectiveOrStep(w.get(i))
                && (OWN.contains(w.get(i - 1)) || perfectSubject(w, i - 1, w.get(i)) != null);
    }

    /**
     * The subject of a step told in the perfect when word {@code p} is its "have" ("I have rewritten", "we have
     * migrated"), or null.
     */
    static String perfectSubject(List<String> w, int p, String word) {
        boolean participle = Verbs.isPast(word) && !Verbs.isActionBase(word) || PARTICIPLES.contains(word)
                || Verbs.isAdjectiveOrStep(word);
        return p > 0 && w.get(p).equals("have") && OWN.contains(w.get(p - 1)) && participle ? w.get(p - 1) : null;
    }
}
