package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import static org.assertj.core.api.Assertions.assertThat;

/** Transcribed screening answers: means told after a claim, settings told in the present, plans asked as questions. */
class SpokenScreenAnswersTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private AnswerAnalysis story(String answer) {
        return analyzer.analyze(AnalysisRequest.of(answer, "Tell me about a time you saved money.", Category.BEHAVIORAL));
    }

    private static Boolean met(AnswerAnalysis a, String criterion) {
        return a.rubric().stream().filter(r -> r.criterion().equals(criterion)).findFirst().map(RubricItem::met)
                .orElseThrow();
    }

    @Test
    void theMeansAfterAClaimedResultIsTheStepAndTheClaimAloneIsNone() {
        AnswerAnalysis withMeans = story("Sure. At the clinic group I cut our cloud bill by about a third by moving the"
                + " nightly imaging jobs to spot instances.");
        assertThat(withMeans.star().action().present()).isTrue();
        assertThat(withMeans.ownership().firstPerson()).isTrue();
        AnswerAnalysis claimOnly = story("Um my proudest thing is in my internship I improved the churn model accuracy by"
                + " twelve percent and they offered me a job.");
        assertThat(claimOnly.star().action().present()).isFalse();
    }

    @Test
    void aVagueLookIntoItIsNoStep() {
        AnswerAnalysis a = story("The sales dashboard showed wrong numbers before the Monday review. So, um, I looked into it"
                + " and I sorted it out and it went fine.");
        assertThat(a.star().action().present()).isFalse();
    }

    @Test
    void aSettingToldInThePresentIsNoStep() {
        AnswerAnalysis a = story("My manager at the insurer was, like, very controlling, he wanted to approve every query"
                + " before I run it, and the priorities changed every day.");
        assertThat(a.star().action().present()).isFalse();
    }

    @Test
    void moneyWrittenOffInWordsAndAProcessMadeMandatoryAreBusinessImpact() {
        assertThat(story("Defaults were about nine percent of the book and we had to bring them down. We rebuilt the"
                + " scorecard with mobile money features, and by the end of the quarter defaults had come down, and the"
                + " lender wrote off about twenty million naira less.").businessImpact().present()).isTrue();
        assertThat(story("The collections team kept calling customers who had already paid. I added a check so the"
                + " dialer skips anyone who paid yesterday. After that the wrong calls stopped and the head of"
                + " collections made the check mandatory for every campaign.").businessImpact().present()).isTrue();
    }

    @Test
    void askingWhatTheClientWantsBeforeAnyModelClarifiesTheObjective() {
        AnswerAnalysis a = analyzer.analyze(AnalysisRequest.of("So what does the insurer actually want, um, is it to grow"
                + " the book while keeping claims under some ratio? Then I'd pull the policy history and fit a baseline"
                + " model, and after that compare a boosted one.", "How would you build a claims-risk model?",
                Category.APPLIED_CASE_STUDY));
        assertThat(met(a, "clarifies_objective_first")).isTrue();
    }

    @Test
    void sumsOfMoneyInWordsAndWorkedArithmeticAreParticulars() {
        AnswerAnalysis money = analyzer.analyze(AnalysisRequest.of("Um, it depends what each mistake costs. If we approve"
                + " someone who then defaults, that's about four thousand pounds written off. If we turn down a good"
                + " borrower we lose maybe two hundred pounds of interest, so I'd set the cut-off low.",
                "How would you pick the threshold for a loan-default model?", Category.MODEL_EVALUATION));
        assertThat(met(money, "concrete_example")).isTrue();
        AnswerAnalysis worked = analyzer.analyze(AnalysisRequest.of("Use Bayes' rule. With prevalence 2% and a 90%"
                + " sensitive test, the numerator is 0.9 × 0.02 = 0.018, against 0.018 + 0.05 × 0.98 = 0.067, so about"
                + " 27% of positives are sick.", "A patient tests positive. How likely are they to be sick?",
                Category.STATISTICS_PROBABILITY));
        assertThat(met(worked, "concrete_example")).isTrue();
    }

    @Test
    void aDriverThatCouldBeBehindOrPushesUpBothIsAConfound() {
        for (String answer : new String[] {"Families with more money and routine could be behind both the breakfasts and"
                + " the grades.", "Parental involvement pushes up both tutoring attendance and grades."}) {
            AnswerAnalysis a = analyzer.analyze(AnalysisRequest.of(answer, "Children who eat breakfast get better"
                    + " grades. Does breakfast cause better grades?", Category.STATISTICS_PROBABILITY));
            assertThat(met(a, "confound_mentioned")).as(answer).isTrue();
        }
    }

    @Test
    void ordinalsInsideNounPhrasesOrderNothing() {
        AnswerAnalysis a = analyzer.analyze(AnalysisRequest.of("First I'd want to know if success is a faster first"
                + " reply. The routing has to happen in under a second. Then I'd train a classifier on resolved tickets.",
                "Design a ticket router.", Category.APPLIED_CASE_STUDY));
        assertThat(met(a, "structured_steps")).isFalse();
    }
}
