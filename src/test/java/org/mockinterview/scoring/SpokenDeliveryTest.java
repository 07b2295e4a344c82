package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.SpeechTiming;

import static org.assertj.core.api.Assertions.assertThat;

/** A spoken answer's delivery: pace over speaking time, its pauses, and feedback about both in plain words. */
class SpokenDeliveryTest {

    private static final String ANSWER = "Overfitting is when a model learns the noise in its training data instead of"
            + " the signal, so it scores well on training data and badly on new data. I check it with a validation"
            + " set and fix it with regularization, more data or a simpler model.";

    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private AnswerAnalysis spoken(double speakingSeconds, int pauses, double longest) {
        return analyzer.analyze(new AnalysisRequest(ANSWER, "What is overfitting?", Category.ML_FUNDAMENTALS, 300,
                null, new SpeechTiming(60, speakingSeconds, new SpeechTiming.Pauses(pauses, longest))));
    }

    @Test
    void paceIsOverSpeakingTimeNotTheWholeRecording() {
        AnswerAnalysis a = spoken(20, 0, 0);
        int words = a.delivery().words();
        assertThat(a.delivery().wordsPerMinute()).isEqualTo(Math.round(words * 3f));
        assertThat(a.delivery().audioSeconds()).isEqualTo(60.0);
        assertThat(a.delivery().speakingSeconds()).isEqualTo(20.0);
        assertThat(a.delivery().pauses()).isEqualTo(new SpeechTiming.Pauses(0, 0));
    }

    @Test
    void manyOrVeryLongPausesAreNamedInTheFeedback() {
        assertThat(spoken(17, 4, 6.2).feedback()).anySatisfy(f -> assertThat(f)
                .startsWith("You went silent 4 times for more than 2 seconds (the longest about 6 s)."));
        assertThat(spoken(17, 1, 2.5).feedback()).noneSatisfy(f -> assertThat(f).contains("went silent"));
    }

    @Test
    void aFastSpeakerHearsAboutPaceWhileSpeaking() {
        assertThat(spoken(10, 0, 0).feedback()).anySatisfy(f -> assertThat(f)
                .startsWith("Slow down: you spoke about").contains("words per minute while speaking"));
    }

    @Test
    void aTypedAnswerHasNoAudioFieldsInItsJson() throws Exception {
        AnswerAnalysis typed = analyzer.analyze(AnalysisRequest.of(ANSWER, "What is overfitting?",
                Category.ML_FUNDAMENTALS));
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(typed.delivery());
        assertThat(json).doesNotContain("audioSeconds").doesNotContain("pauses");
    }
}
