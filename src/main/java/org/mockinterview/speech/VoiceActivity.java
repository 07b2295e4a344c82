package org.mockinterview.speech;

import org.mockinterview.kernel.SpeechTiming;

import java.util.Arrays;

/**
 * An energy-based voice activity detector over 20 ms frames. The threshold adapts to the recording: 10 dB over its
 * noise floor (the 10th percentile of frame loudness) and at most 35 dB under its speech level (the 98th percentile,
 * so a click does not set it), never under -60 dBFS. Runs of speech shorter than 60 ms are clicks, silences shorter
 * than half a second are the gaps between words and count as speaking, and silences over two seconds between speech
 * are pauses; the silence before the first word and after the last is neither.
 */
public final class VoiceActivity {

    static final double PAUSE_SECONDS = 2.0;
    static final double BRIDGED_GAP_SECONDS = 0.5;
    private static final double MIN_SPEECH_SECONDS = 0.06;
    /** Quieter than this at its loudest, a recording holds no speech (a muted or unplugged microphone). */
    private static final double SILENT_PEAK_DB = -50;
    private static final double OVER_NOISE_DB = 10;
    private static final double UNDER_PEAK_DB = 35;
    private static final double ABSOLUTE_MIN_DB = -60;
    /** Less speech than this in total and the recording counts as silence only. */
    private static final double MIN_TOTAL_SPEECH_SECONDS = 0.3;

    private VoiceActivity() {
    }

    /** The timing of the speech in {@code energies}; {@link BadAudio} of kind SILENT when there is none. */
    static SpeechTiming measure(FrameEnergies energies) {
        return measure(energies.decibels(), FrameEnergies.FRAME_SECONDS, energies.seconds());
    }

    static SpeechTiming measure(float[] db, double frameSeconds, double audioSeconds) {
        boolean[] voiced = voiced(db);
        int minRun = (int) Math.ceil(MIN_SPEECH_SECONDS / frameSeconds);
        int bridge = (int) Math.round(BRIDGED_GAP_SECONDS / frameSeconds);
        int speaking = 0;
        int pauses = 0;
        int longest = 0;
        int lastEnd = -1;
        int segmentStart = -1;
        for (int i = 0; i <= voiced.length; i++) {
            if (i < voiced.length && voiced[i]) {
                if (segmentStart < 0) {
                    segmentStart = i;
                }
                continue;
            }
            if (segmentStart < 0) {
                continue;
            }
            int run = i - segmentStart;
            if (run >= minRun) {
                if (lastEnd < 0) {
                    speaking += run;
                } else {
                    int gap = segmentStart - lastEnd;
                    speaking += gap < bridge ? gap + run : run;
                    if (gap * frameSeconds > PAUSE_SECONDS) {
                        pauses++;
                        longest = Math.max(longest, gap);
                    }
                }
                lastEnd = i;
            }
            segmentStart = -1;
        }
        if (speaking * frameSeconds < MIN_TOTAL_SPEECH_SECONDS) {
            throw new BadAudio(BadAudio.Kind.SILENT, "The recording holds no speech: check that the microphone is on"
                    + " and not muted, then answer again.");
        }
        return new SpeechTiming(round(audioSeconds), round(speaking * frameSeconds),
                new SpeechTiming.Pauses(pauses, round(longest * frameSeconds)));
    }

    /** Which frames are louder than this recording's speech threshold; none when the loudest is near silence. */
    static boolean[] voiced(float[] db) {
        boolean[] voiced = new boolean[db.length];
        if (db.length == 0) {
            return voiced;
        }
        float[] sorted = db.clone();
        Arrays.sort(sorted);
        double noise = sorted[(int) (0.10 * (sorted.length - 1))];
        double peak = sorted[(int) Math.round(0.98 * (sorted.length - 1))];
        if (peak < SILENT_PEAK_DB || peak - noise < OVER_NOISE_DB) {
            return voiced; // a steady hum or hiss is as loud at its loudest as at its quietest: no speech in it
        }
        double threshold = Math.max(ABSOLUTE_MIN_DB, Math.max(noise + OVER_NOISE_DB, peak - UNDER_PEAK_DB));
        for (int i = 0; i < db.length; i++) {
            voiced[i] = db[i] > threshold;
        }
        return voiced;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 100) / 100.0;
    }
}
