package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where a story's result can stand: after the steps, or claimed first and measured; an outcome word in the scene
 * before the steps ("just after they launched it", "the year we won the cup") is no result.
 */
class ResultPlacementTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private AnswerAnalysis analyze(String answer) {
        return analyzer.analyze(AnalysisRequest.of(answer, "Tell me about a time you fixed a process.",
                Category.BEHAVIORAL));
    }

    @Test
    void anOutcomeWordInTheSceneBeforeTheStepsIsNoResult() {
        AnswerAnalysis a = analyze("I joined the pricing team at a ferry operator just after they launched a new"
                + " booking site. I pulled a year of bookings and rebuilt the fare table in dbt, and I presented it to"
                + " the commercial director.");
        assertThat(a.star().result().present()).isFalse();
    }

    @Test
    void aMeasuredChangeClaimedFirstIsTheResultEvenWhenAVaguerOneCloses() {
        AnswerAnalysis a = analyze("So this is the one where we got the payroll run down by three working days. I"
                + " was in the finance team of a clinic group, and the run took a week. I mapped every manual step and"
                + " moved the overtime import into one script. Everyone was much calmer at month end.");
        assertThat(a.star().result().present()).isTrue();
        assertThat(a.measurableResult().present()).isTrue();
    }

    @Test
    void anOutcomeToldFirstKeepsItsTail() {
        AnswerAnalysis a = analyze("So, the result first: our on-time rate went from 88 to 95 percent, and the"
                + " penalties we paid to the big customers went down by about 40,000 euros a quarter. I was the"
                + " analyst at a courier firm, and I rebuilt the afternoon tour plan from the scan events.");
        assertThat(a.businessImpact().present()).isTrue();
    }

    @Test
    void aFindingReportedFirstIsNoMeasuredResult() {
        AnswerAnalysis a = analyze("The refund desk was swamped. I went through six weeks of refunds and saw that"
                + " most of them came from one rule on orders under £15. I rewrote the rule and ran both for two weeks."
                + " Calls about refunds went down noticeably.");
        assertThat(a.star().result().present()).isTrue();
        assertThat(a.measurableResult().present()).isFalse();
    }
}
