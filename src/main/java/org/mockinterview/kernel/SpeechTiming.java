package org.mockinterview.kernel;

/**
 * When a spoken answer was speech and when it was silence, measured from its audio: the recording's length, the time
 * spent speaking (silences of half a second or more left out) and the pauses over two seconds.
 */
public record SpeechTiming(double audioSeconds, double speakingSeconds, Pauses pauses) {

    /** Silences over two seconds between two stretches of speech: how many, and the longest in seconds (0 if none). */
    public record Pauses(int count, double longestSeconds) {
    }

    /** Words per minute of speaking time, or null when nothing was spoken or there are no words. */
    public Integer wordsPerMinute(int words) {
        return speakingSeconds <= 0 || words <= 0 ? null : (int) Math.round(words * 60.0 / speakingSeconds);
    }
}
