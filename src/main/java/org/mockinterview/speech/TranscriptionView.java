package org.mockinterview.speech;

import org.mockinterview.kernel.Words;
import org.mockinterview.kernel.SpeechTiming;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A stored transcription: {@code text} is the model's transcript (trimmed) when {@code transcribed}, else the
 * client's own text or null; the timing of the speech; and when it is forgotten.
 */
public record TranscriptionView(UUID id, String text, boolean transcribed, double audioSeconds,
                                double speakingSeconds, SpeechTiming.Pauses pauses, Integer wordsPerMinute,
                                OffsetDateTime expiresAt) {

    static TranscriptionView of(Transcription t) {
        SpeechTiming timing = timing(t);
        return new TranscriptionView(t.id, t.text, t.transcribed, t.audioSeconds, t.speakingSeconds, timing.pauses(),
                timing.wordsPerMinute(Words.count(t.text)), t.expiresAt);
    }

    static SpeechTiming timing(Transcription t) {
        return new SpeechTiming(t.audioSeconds, t.speakingSeconds,
                new SpeechTiming.Pauses(t.pauseCount, t.longestPauseSeconds));
    }


}
