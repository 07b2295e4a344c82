package org.mockinterview.interview;

import org.mockinterview.scoring.DeliveryAnalyzer;

import java.util.ArrayList;
import java.util.List;

/**
 * Says filler words, hedges and pace in plain words, so a candidate need not interpret rates. Pace is judged by
 * the answers' own limits ({@link DeliveryAnalyzer}), so the report never calls slow what no answer flagged.
 */
final class DeliveryWords {

    private DeliveryWords() {
    }

    static String of(int words, int fillers, List<String> topFillers, int hedges, Integer wordsPerMinute) {
        if (words == 0) {
            return "No answers to judge delivery from.";
        }
        List<String> parts = new ArrayList<>();
        int perHundred = Math.round(100f * fillers / words);
        if (fillers == 0) {
            parts.add("No filler words.");
        } else {
            String which = topFillers == null || topFillers.isEmpty() ? ""
                    : " (mostly " + String.join(", ", topFillers.stream().map(f -> "\"" + f + "\"").toList()) + ")";
            parts.add((perHundred >= 3 ? "Filler words are frequent: about " : "Filler words are occasional: about ")
                    + Math.max(1, perHundred) + " in every 100 words" + which + ".");
        }
        if (hedges > 0) {
            parts.add(hedges + (hedges == 1 ? " hedge" : " hedges") + " (\"I think\", \"maybe\") softened answers.");
        }
        if (wordsPerMinute != null) {
            parts.add(wordsPerMinute < DeliveryAnalyzer.SLOWEST ? "Pace was slow (" + wordsPerMinute + " words a minute): aim for 120-160."
                    : wordsPerMinute > DeliveryAnalyzer.FASTEST ? "Pace was fast (" + wordsPerMinute + " words a minute): slow down."
                    : "Pace was comfortable (" + wordsPerMinute + " words a minute).");
        }
        return String.join(" ", parts);
    }
}
