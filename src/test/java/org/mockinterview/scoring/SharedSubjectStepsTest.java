package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

import static org.assertj.core.api.Assertions.assertThat;

/** A second past verb joined by "and" shares the first one's "I"; one after a modal ("I must … and check") does not. */
class SharedSubjectStepsTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private AnswerAnalysis analyze(String answer) {
        return analyzer.analyze(AnalysisRequest.of(answer, "Tell me about a time you made something faster.",
                Category.BEHAVIORAL));
    }

    @Test
    void aStepAfterAndSharesTheCandidatesSubject() {
        AnswerAnalysis a = analyze("I was asked to speed up our invoice reader. I pinned it and"
                + " shifted scoring from the shared batch servers onto a dedicated GPU box. Each page went from 800 ms"
                + " to 150 ms.");
        assertThat(a.star().action().present()).isTrue();
        assertThat(a.ownership().firstPerson()).isTrue();
    }

    @Test
    void aVerbAfterAModalAndAnAndIsNoStepTaken() {
        AnswerAnalysis a = analyze("My task was a churn model for the card business. In production the precision was"
                + " much lower than in the test. Later I understood the features leaked the future, and I learned that I"
                + " must always split by time and check the date of each feature.");
        assertThat(a.star().action().present()).isFalse();
    }
}
