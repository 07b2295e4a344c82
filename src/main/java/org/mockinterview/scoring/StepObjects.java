package org.mockinterview.scoring;

import java.util.List;
import java.util.Set;

/** What follows a verb, and whether it makes the verb a concrete step: an object, a means, a mechanism fixed. */
final class StepObjects {

    private static final Set<String> MEANS = Set.of("with", "using", "by", "via", "through");
    /** What a fix changes, as opposed to what was broken ("the report"): fixing one of these tells the step. */
    private static final Set<String> MECHANISMS = Set.of("configuration", "config", "settings", "setting", "join",
            "joins", "key", "keys", "query", "queries", "index", "schema", "cache", "leak", "bug", "parameter",
            "parameters", "threshold", "thresholds", "mapping", "filter", "logic", "formula", "formulas", "timezone",
            "encoding", "dependency", "dependencies", "permissions", "script", "deduplication", "dedup", "regex");

    /** A mechanism named in the few words after the verb: "fixed the cache configuration", "solved the join". */
    static boolean namesMechanism(List<String> w, int verb) {
        for (int j = verb + 1; j < w.size() && j <= verb + 5; j++) {
            if (MECHANISMS.contains(w.get(j))) {
                return true;
            }
        }
        return false;
    }

    /** The clause names how: "with a heap dump", "by rewriting the join", "using the logs". */
    static boolean hasMeans(List<String> w) {
        for (int j = 0; j + 1 < w.size(); j++) {
            // the means is named in the next word or the one after an article ("with a heap dump")
            if (MEANS.contains(w.get(j))
                    && (!ActionFinder.STOP.contains(w.get(j + 1)) || j + 2 < w.size() && !ActionFinder.STOP.contains(w.get(j + 2)))) {
                return true;
            }
        }
        return false;
    }

    /** Two content words before the clause goes on ("I looked into it and …" names nothing it looked at). */
    static boolean hasOwnObject(List<String> w, int verb) {
        return contentWords(w, verb, true) >= 2;
    }

    static boolean hasSpecificObject(List<String> w, int verb, int needed) {
        return contentWords(w, verb, false) >= needed;
    }

    /** Content words in the twelve after the verb, up to the clause's next "and", "but", "so" or "then" if asked. */
    static int contentWords(List<String> w, int verb, boolean toClauseEnd) {
        int content = 0;
        for (int j = verb + 1; j < w.size() && j <= verb + 12 && !(toClauseEnd && ActionFinder.CLAUSE_GOES_ON.contains(w.get(j))); j++) {
            if (!ActionFinder.STOP.contains(w.get(j))) {
                content++;
            }
        }
        return content;
    }

    private StepObjects() {
    }
}
