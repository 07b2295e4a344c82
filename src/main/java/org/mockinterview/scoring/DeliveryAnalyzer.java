package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import org.mockinterview.kernel.SpeechTiming;
import org.mockinterview.scoring.AnswerAnalysis.Delivery;
import org.mockinterview.scoring.AnswerAnalysis.FillerCount;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Delivery metrics: length, fillers (telling filler "like" from the verb and the preposition), hedges, pace; for a
 * spoken answer, pace over speaking time and the pauses its audio had.
 */
public final class DeliveryAnalyzer {
    private static final Set<String> SIMPLE_FILLERS = Set.of("um", "umm", "uh", "uhh", "er", "erm", "ah", "hmm",
            "basically", "literally");
    private static final Set<String> LIKE_FILLER_BEFORE = Set.of("um", "uh", "so", "and", "just", "was", "were", "is",
            "are", "it's", "like", "yeah", "i", "we", "not", "of", "it", "they", "he", "she", "but", "really", "the",
            "be", "'re", "you're", "we're", "they're");
    private static final GuardedPattern MULTI_FILLERS = GuardedPattern.compile("\\b(you know|i mean)\\b(?=\\s*[,.…]|\\s+(?:so|like|um|uh|the|it|we|i)\\b)");
    private static final GuardedPattern HEDGES = GuardedPattern.compile("\\b(i think|i guess|i believe|i suppose|maybe|perhaps|probably"
            + "|possibly|kind of|sort of|somewhat|might|not sure|i feel like|more or less|to some extent|i'd say|arguably)\\b");

    private DeliveryAnalyzer() {
    }

    /** Comfortable pace: over the whole answer's duration, or (spoken) over speaking time, short gaps left out. */
    public static final int SLOWEST = 100;
    public static final int FASTEST = 180;
    static final int FASTEST_SPEAKING = 190;

    static Delivery analyze(String lower, List<String> words, int sentences, Integer durationSeconds,
            SpeechTiming speech) {
        Map<String, Integer> fillers = new LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (SIMPLE_FILLERS.contains(w)) {
                fillers.merge(w, 1, Integer::sum);
            } else if (w.equals("like") && isFillerLike(words, i, lower)) {
                fillers.merge("like", 1, Integer::sum);
            }
        }
        Matcher m = MULTI_FILLERS.matcher(lower);
        while (m.find()) {
            fillers.merge(m.group(1), 1, Integer::sum);
        }
        List<FillerCount> list = new ArrayList<>();
        int total = 0;
        for (var e : fillers.entrySet()) {
            list.add(new FillerCount(e.getKey(), e.getValue()));
            total += e.getValue();
        }
        list.sort((a, b) -> b.count() != a.count() ? Integer.compare(b.count(), a.count()) : a.word().compareTo(b.word()));
        int hedges = 0;
        Matcher h = HEDGES.matcher(lower);
        while (h.find()) {
            hedges++;
        }
        double rate = words.isEmpty() ? 0 : Math.round(1000.0 * total / words.size()) / 1000.0;
        if (speech != null) {
            return new Delivery(words.size(), sentences, List.copyOf(list), rate, hedges, Jargon.terms(lower),
                    speech.wordsPerMinute(words.size()), speech.audioSeconds(), speech.speakingSeconds(),
                    speech.pauses());
        }
        Integer wpm = durationSeconds == null || durationSeconds <= 0 ? null
                : (int) Math.round(words.size() * 60.0 / durationSeconds);
        return new Delivery(words.size(), sentences, List.copyOf(list), rate, hedges, Jargon.terms(lower), wpm);
    }

    static boolean tooFast(Delivery d) {
        return d.wordsPerMinute() != null && d.wordsPerMinute() > (d.speakingSeconds() != null ? FASTEST_SPEAKING
                : FASTEST);
    }

    static boolean tooSlow(Delivery d) {
        return d.wordsPerMinute() != null && d.wordsPerMinute() < SLOWEST;
    }

    /** "like" is a filler when set off by commas or wedged between words it cannot govern ("was like", "i like i"). */
    private static boolean isFillerLike(List<String> words, int i, String lower) {
        String prev = i > 0 ? words.get(i - 1) : null;
        String next = i + 1 < words.size() ? words.get(i + 1) : null;
        if (next == null) {
            return false;
        }
        if (next.equals("to") || next.equals("it") || next.equals("this") || next.equals("that")
                || next.equals("them") || next.equals("working")) {
            return prev != null && !Set.of("i", "we", "you", "they", "would", "i'd", "don't", "didn't", "really").contains(prev)
                    && Set.of("was", "were", "is", "like", "um", "uh").contains(prev);
        }
        if (prev == null) {
            return true;
        }
        if (Set.of("i", "we", "they", "you").contains(prev)) {
            // "i like i checked": a pronoun or filler follows, so nothing is being liked.
            return Set.of("i", "we", "um", "uh", "so", "the", "way", "really", "just").contains(next);
        }
        return LIKE_FILLER_BEFORE.contains(prev) || commaAround(lower, i, words);
    }

    private static boolean commaAround(String lower, int i, List<String> words) {
        return false;
    }
}
