package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Business consequences told without revenue words: staff time freed or spent, hiring avoided, compensation no
 * longer paid, fewer calls to a contact centre, a pilot signed off, and a forecast taken into a team's planning.
 */
class BusinessConsequenceShapesTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private boolean business(String ending) {
        String answer = "At a regional water company the monthly leak report took the team three days to build. I was"
                + " asked to speed it up. I rewrote the extraction in SQL and scripted the workbook. " + ending;
        return analyzer.analyze(AnalysisRequest.of(answer, "Tell me about a time you improved a process.",
                Category.BEHAVIORAL)).businessImpact().present();
    }

    @Test
    void customerClaimsThatStoppedOrFellAndSubscriptionsOrOutputAreBusinessConsequences() {
        assertThat(business("After that the penalty claims from our two largest customers basically stopped.")).isTrue();
        assertThat(business("Over the next quarter refund requests were noticeably lower than the year before.")).isTrue();
        assertThat(business("New subscriptions in the pilot town went up about six percent.")).isTrue();
        assertThat(business("The repair took one planned weekend instead of a week of lost production.")).isTrue();
        // an engineering state that stopped is no consequence for the business
        assertThat(business("After that the nightly alerts stopped.")).isFalse();
    }

    @Test
    void staffTimeFreedOrHiringAvoidedIsABusinessConsequence() {
        assertThat(business("Now it takes half a day, so two analyst days a month are free for other work.")).isTrue();
        assertThat(business("The team got through the winter peak without hiring any temporary staff.")).isTrue();
        assertThat(business("We redeployed the time of two field engineers onto burst mains.")).isTrue();
    }

    @Test
    void compensationCallsAPilotAndPlanningTakenUpAreBusinessConsequences() {
        assertThat(business("Missed-appointment compensation fell from about 40 payments a week to under 15."))
                .isTrue();
        assertThat(business("The contact centre saw noticeably fewer complaint calls after that.")).isTrue();
        assertThat(business("The operations director signed off on a pilot in two districts.")).isTrue();
        assertThat(business("The network team now uses these reports in their weekly repair planning.")).isTrue();
    }

    @Test
    void anAuthorityAcceptingAProgrammeApprovedAndCustomersUsingMoreAreBusinessConsequences() {
        assertThat(business("The drinking-water authority accepted the new report without objections.")).isTrue();
        assertThat(business("The board approved an emergency replacement programme for the worst mains.")).isTrue();
        assertThat(business("Monthly active customers of the leak-alert app went up 15% after that.")).isTrue();
    }

    @Test
    void sentimentAloneIsNone() {
        assertThat(business("The team said they liked the new report much better.")).isFalse();
        // a currency named in the story of an error is no money gained or lost
        assertThat(business("The bug was pence being read as dollars.")).isFalse();
    }
}
