package org.mockinterview.speech;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockinterview.kernel.SpeechTiming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Pause count, longest pause (±0.3 s) and words per minute (within 10 %) against the truth of the espeak-ng fixtures,
 * in every accepted format.
 */
class AudioDecoderTest {

    static final DecodeLimits LIMITS = new DecodeLimits(300, System.nanoTime() + 60_000_000_000L);

    @ParameterizedTest
    @ValueSource(strings = {"speech-pauses.webm", "speech-pauses.opus"})
    void opusFixturesMeasureLikeTheTruth(String name) {
        assertMatchesTruth(AudioDecoder.measure(AudioFixtures.committed(name), limits()), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"speech-pauses", "speech-noisy"})
    void wavFixturesMeasureLikeTheTruth(String name) {
        assertMatchesTruth(AudioDecoder.measure(AudioFixtures.generated(name), limits()), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"silence.webm", "silence.opus"})
    void opusSilenceIsRefused(String name) {
        assertThatThrownBy(() -> AudioDecoder.measure(AudioFixtures.committed(name), limits()))
                .isInstanceOfSatisfying(BadAudio.class, e -> assertThat(e.kind()).isEqualTo(BadAudio.Kind.SILENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"silence", "hum-only"})
    void wavSilenceAndSteadyNoiseAreRefused(String name) {
        byte[] wav = AudioFixtures.generated(name);
        assertThatThrownBy(() -> AudioDecoder.measure(wav, limits()))
                .isInstanceOfSatisfying(BadAudio.class, e -> assertThat(e.kind()).isEqualTo(BadAudio.Kind.SILENT));
    }

    static DecodeLimits limits() {
        return new DecodeLimits(300, System.nanoTime() + 60_000_000_000L);
    }

    static void assertMatchesTruth(SpeechTiming t, String name) {
        double words = AudioFixtures.truth("words");
        double trueWpm = words * 60 / AudioFixtures.truth("speakingSeconds");
        System.out.printf("%s: audio %.2f s, speaking %.2f s (truth %.2f), pauses %d longest %.2f s (truth %d, %.2f),"
                        + " wpm %d (truth %.1f)%n", name, t.audioSeconds(), t.speakingSeconds(),
                AudioFixtures.truth("speakingSeconds"), t.pauses().count(), t.pauses().longestSeconds(),
                (int) AudioFixtures.truth("pauseCount"), AudioFixtures.truth("longestPauseSeconds"),
                t.wordsPerMinute((int) words), trueWpm);
        assertThat(t.pauses().count()).isEqualTo((int) AudioFixtures.truth("pauseCount"));
        assertThat(t.pauses().longestSeconds()).isCloseTo(AudioFixtures.truth("longestPauseSeconds"), within(0.3));
        assertThat((double) t.wordsPerMinute((int) words)).isCloseTo(trueWpm, within(trueWpm * 0.10));
        assertThat(t.audioSeconds()).isCloseTo(AudioFixtures.truth("audioSeconds"), within(0.1));
    }
}
