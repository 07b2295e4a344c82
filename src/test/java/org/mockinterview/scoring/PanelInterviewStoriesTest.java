package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockinterview.kernel.Category;

import static org.assertj.core.api.Assertions.assertThat;

/** Stories told in panel interviews of service businesses: customer contacts, staff moved, boards that approve. */
class PanelInterviewStoriesTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private boolean business(String answer) {
        return story(answer).businessImpact().present();
    }

    private AnswerAnalysis story(String answer) {
        return analyzer.analyze(AnalysisRequest.of(answer, "Tell me about work you are proud of.", Category.BEHAVIORAL));
    }

    @Test
    void customerContactsThatFellAndRepeatPurchasesThatRoseAreBusinessImpact() {
        assertThat(business("At a garden-supplies webshop I replaced the fixed dispatch text with a per-parcel estimate"
                + " from a quantile model. After launch, customer contacts asking about parcels dropped sharply.")).isTrue();
        assertThat(business("I rebuilt the loyalty mailer around predicted replenishment dates, and the repeat purchase"
                + " rate went from 18% to 23% over the season.")).isTrue();
    }

    @Test
    void staffMovedOntoOtherWorkAndABoardThatApprovedTheModelAreBusinessImpact() {
        assertThat(business("At a housing office, clerks triaged repair requests by hand. I trained a classifier on"
                + " three years of requests and routed the confident ones automatically. After go-live the office"
                + " moved four caseworkers onto the inspection backlog.")).isTrue();
        assertThat(business("I removed the postcode proxies from the scoring model, retrained it and compared approval"
                + " rates by district. In the end the risk board approved it for every branch.")).isTrue();
    }

    @Test
    void aComplaintCountThatWentRightDownAfterTheWorkIsItsResult() {
        AnswerAnalysis a = story("Our depot had a lot of complaints about late deliveries. I mapped every late drop"
                + " against the driver rosters and moved two routes to the early shift. It got a lot better, the"
                + " complaints went right down.");
        assertThat(a.star().result().present()).isTrue();
        assertThat(a.businessImpact().present()).isTrue();
    }

    @Test
    void aHarmTheStepPreventedIsItsResultButAMissedTargetIsNoMeasuredOutcome() {
        AnswerAnalysis prevented = story("the supplier feed started sending every invoice twice. i added a duplicate"
                + " check to the nightly job and held the batch, so suppliers didnt get paid twice");
        assertThat(prevented.star().result().present()).isTrue();

        AnswerAnalysis missed = story("Our goal was to lift sign-ups by 20% with a new onboarding email. I built the"
                + " variant and ran the test for a month, so we did not reach the 20% and the idea was dropped.");
        assertThat(missed.measurableResult().present()).isFalse();
    }

    @Test
    void thePlaceWhereTheCandidateWorksIsTheSceneNotAStep() {
        AnswerAnalysis a = story("Last spring at the bakery chain where I work, the finance director wanted to rank"
                + " the shops only by waste. He asked me to propose a fairer measure. For this I would split the waste by"
                + " product line, and then I would propose a target per line.");
        assertThat(a.star().action().present()).isFalse();
    }

    @Test
    void aBusinessConsequenceToldAfterTheStepsCountsEvenWhenItIsNotReadAsTheOutcome() {
        AnswerAnalysis a = story("Our depots staffed night shifts by guesswork. I built a parcel-volume forecast in"
                + " Python from two years of scans and shared it with operations every Friday. The dispatch team in"
                + " Bristol planned their driver rotas from it from the second week.");
        assertThat(a.businessImpact().present()).isTrue();

        AnswerAnalysis noConsequence = story("Our depots staffed night shifts by guesswork. I built a parcel-volume"
                + " forecast in Python from two years of scans and shared it with operations every Friday.");
        assertThat(noConsequence.businessImpact().present()).isFalse();
    }

    @Test
    void aProbabilityOrTheReadingDoneIsNoMeasuredOutcome() {
        AnswerAnalysis chance = story("I ran the pricing test on the spring catalogue and told the board there was a 96% chance"
                + " the higher price brings in more revenue.");
        assertThat(chance.measurableResult().present()).isFalse();

        AnswerAnalysis reading = story("I had to learn survival analysis fast. I read 12 papers, finished two online"
                + " courses and wrote 30 pages of notes, and in the end the churn model went live.");
        assertThat(reading.measurableResult().present()).isFalse();
    }

    @Test
    void aGoalWithWordsBetweenItAndItsVerbIsTheTask() {
        for (String goal : new String[] {"My objective for the winter season was to cut missed deliveries by a tenth.",
                "The goal we set with the depot leads was to halve the re-delivery rate.",
                "Our target, agreed with the finance director, was a 5% lower fuel bill."}) {
            AnswerAnalysis a = story("At a parcel courier the evening routes ran late. " + goal
                    + " I rebuilt the route clustering in Python and retrained the drivers' time estimates.");
            assertThat(a.star().task().present()).as(goal).isTrue();
        }
    }

    @Test
    void outcomesToldAsACutFromOrALaunchAheadOfPlanAreResults() {
        for (String outcome : new String[] {"Average handling time per return cut from 9 minutes to 4.",
                "We were live two weeks ahead of plan.", "Spoilage came down 8% over the quarter."}) {
            AnswerAnalysis a = story("The returns desk was drowning before the sales. I rebuilt the triage rules in SQL"
                    + " and moved the easy cases to a self-service form. " + outcome);
            assertThat(a.star().result().present()).as(outcome).isTrue();
        }
    }

    @Test
    void paidCoverNoLongerBoughtAndAContractDecidedOnTheWorkAreBusinessImpact() {
        assertThat(business("I was asked to forecast weekend call volumes for the council's repairs line. I built the"
                + " model from weather and holiday data, and that winter the service hired fewer agency call handlers.")).isTrue();
        assertThat(business("The supplier claimed 92% on their demo set. I ran it on 300 of our own scans and"
                + " showed it found only 74%. In the end the hospital didn't sign the contract for the tool.")).isTrue();
    }

    @Test
    void aBusinessProcessChangedOnTheWorkIsBusinessImpactAndTheWorkDroppedIsNot() {
        assertThat(business("I built a risk score for refund requests from the order history. In the end the returns"
                + " desk fast-tracked the low-risk refunds.")).isTrue();
        assertThat(business("I built a no-show list for the front desk from two years of bookings. After a month the"
                + " reception staff stopped using the list.")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I tested the bundle offer against the single items for a month. Average order value in the test group fell"
                    + " by 3%, so we dropped it.",
            "I rebuilt the reminder texts around each patient's booking habits. After this the no-shows go down and the"
                    + " client keep the contract with us.",
            "I rewrote the route planner around live traffic. Each driver can now cover twice as many drops a day.",
            "I moved the nightly jobs to cheaper instances and we save around 150 thousand euro in the year.",
            "I ranked the inspection requests by predicted risk. The backlog halved, which freed up about 300"
                    + " inspector visits a quarter for new sites."})
    void customerSpendAClientKeptCapacityAndMoneyInWordsAreBusinessImpact(String answer) {
        assertThat(business(answer)).isTrue();
    }
}
