package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockinterview.kernel.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A story's closing sentence told after the steps by someone other than the candidate is its result, even without
 * an outcome word; a closing step, plan or effort is not.
 */
class ClosingOutcomeTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private boolean result(String answer) {
        return analyzer.analyze(AnalysisRequest.of(answer, "Tell me about a project you led.", Category.BEHAVIORAL))
                .star().result().present();
    }

    @Test
    void whatOthersDidWithTheWorkAfterTheStepsIsTheResult() {
        assertThat(result("At a water utility nobody could say which pipes would burst next. My task was to"
                + " rank pipe segments by leak risk. I joined pressure logs with pipe age and soil data and trained a"
                + " survival model per district. The repair crews started choosing their weekly digs from the ranked list."))
                .isTrue();
    }

    @Test
    void aRankedListIsNoPlacingAndSoNoMeasuredResult() {
        assertThat(analyzer.analyze(AnalysisRequest.of("I trained a survival model per district. The repair crews"
                + " started choosing their digs from the ranked list.", "Tell me about a project you led.",
                Category.BEHAVIORAL)).measurableResult().present()).isFalse();
    }

    @Test
    void aClosingStepPlanOrEffortIsNoResult() {
        assertThat(result("At a ferry operator the booking forecast kept missing holiday peaks. I rebuilt the"
                + " features around school calendars and retrained the model. I then presented the new forecast"
                + " to the head of operations.")).isFalse();
        assertThat(result("At a ferry operator the booking forecast kept missing holiday peaks. I rebuilt the"
                + " features around school calendars and retrained the model. It took four months and involved"
                + " three teams.")).isFalse();
        assertThat(result("At a ferry operator the booking forecast kept missing holiday peaks. I rebuilt the"
                + " features around school calendars and booked a review with the planners. So that was my plan"
                + " for the review.")).isFalse();
    }

    @Test
    void aPlacingOrALevelMovedByTheSpeakerIsAMeasuredResultAndALevelNeverReachedIsNot() {
        AnswerAnalysis placed = analyzer.analyze(AnalysisRequest.of("For the hackathon I built the churn features and"
                + " the model. We placed second out of 22 teams.", "Tell me about a competition.", Category.BEHAVIORAL));
        assertThat(placed.measurableResult().present()).isTrue();
        AnswerAnalysis moved = analyzer.analyze(AnalysisRequest.of("Honestly? I got our lapse model's AUC from 0.68 to"
                + " 0.77.", "What are you proudest of?", Category.BEHAVIORAL));
        assertThat(moved.star().result().present()).isTrue();
        assertThat(moved.measurableResult().present()).isTrue();
        AnswerAnalysis missed = analyzer.analyze(AnalysisRequest.of("Checkout abandonment was 38%. I redesigned the"
                + " address step and ran a test. We didn't get to 25% by the end of the quarter.",
                "Tell me about a goal you missed.", Category.BEHAVIORAL));
        assertThat(missed.measurableResult().present()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Our cloud bill kept climbing. I moved the nightly jobs to spot instances and the bill dropped by about a"
                    + " third.",
            "Checkout latency spiked after the release. I rolled back the cache change: error rate back under 1% by 03:10.",
            "Nobody opened the sales dashboard. I rebuilt it around three numbers, and weekly viewers had gone from"
                    + " about 20 to 70.",
            "I'll start with the result: the headline is that cancellations went from 18 percent to 12 percent. We"
                    + " rebuilt the reminder messages around the booking date."})
    void aMeasuredOutcomeInAnyOfItsShapesIsMeasurable(String answer) {
        assertThat(analyzer.analyze(AnalysisRequest.of(answer, "Tell me about a project you led.", Category.BEHAVIORAL))
                .measurableResult().present()).isTrue();
    }
}
