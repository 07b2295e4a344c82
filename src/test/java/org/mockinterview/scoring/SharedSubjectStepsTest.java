package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whose step a verb tells: a second past verb joined by "and" shares the first one's "I", one after a modal ("I must
 * … and check") is no step, and "I" with its verb inside an opening place ("At a firm I joined, the fitters had …")
 * only says which place.
 */
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

    @Test
    void aVerbThatSaysWhichPlaceOpensTheStoryIsNoStep() {
        AnswerAnalysis a = analyze("At a solar-panel firm I joined in spring, the fitters had no way to tell which roofs"
                + " needed a survey. My job was to build a survey-priority model. My plan is to begin with a simple"
                + " regression and to ask the fitters for feedback.");
        assertThat(a.star().action().present()).isFalse();
        assertThat(analyze("At a pricing start-up I ran a test of two premium tiers and wrote the readout for the"
                + " board.").star().action().present()).isTrue();
    }

    @Test
    void aStepToldInThePerfectIsStillTheCandidatesStep() {
        AnswerAnalysis a = analyze("In my previous company, a building society, the monthly arrears report was built by"
                + " hand and took three days. I have rewritten the extraction in SQL. Now the report is ready in half a"
                + " day.");
        assertThat(a.star().action().present()).isTrue();
        assertThat(a.ownership().firstPerson()).isTrue();
    }
}
