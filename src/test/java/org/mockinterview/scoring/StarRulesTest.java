package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

import static org.assertj.core.api.Assertions.assertThat;

class StarRulesTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private AnswerAnalysis behavioral(String answer) {
        return analyzer.analyze(AnalysisRequest.of(answer, "Tell me about a time you improved a process.",
                Category.BEHAVIORAL));
    }

    @Test
    void completeEpisodeHasAllPartsWithSubstringEvidence() {
        String answer = "At a regional grocery chain, our demand forecasts were off by so much that stores kept running out"
                + " of bread. My job was to fix the forecast before the holiday season. I rebuilt the features with the"
                + " store managers and backtested three models on last year's data. After the launch, waste fell by 18%"
                + " and we saved about $40k a month in spoiled stock.";
        AnswerAnalysis a = behavioral(answer);
        assertThat(a.story()).isEqualTo(StoryType.SPECIFIC);
        assertThat(a.star().situation().present()).isTrue();
        assertThat(a.star().task().present()).isTrue();
        assertThat(a.star().action().present()).isTrue();
        assertThat(a.star().result().present()).isTrue();
        assertThat(a.measurableResult().present()).isTrue();
        assertThat(a.businessImpact().present()).isTrue();
        assertThat(a.ownership().firstPerson()).isTrue();
        for (String evidence : new String[]{a.star().situation().evidence(), a.star().task().evidence(),
                a.star().action().evidence(), a.star().result().evidence(), a.measurableResult().evidence(),
                a.businessImpact().evidence(), a.ownership().evidence()}) {
            assertThat(answer).contains(evidence);
        }
        assertThat(a.score()).isGreaterThan(70);
    }

    @Test
    void hypotheticalAnswerGetsNoStarPartsAndAsksForARealExample() {
        AnswerAnalysis a = behavioral("If a stakeholder disagreed with my model, I would first listen to their concerns."
                + " Then I would show them the precision and recall at several thresholds and I will explain the"
                + " revenue impact of each option.");
        assertThat(a.story()).isEqualTo(StoryType.HYPOTHETICAL);
        assertThat(a.star().action().present()).isFalse();
        assertThat(a.star().result().present()).isFalse();
        assertThat(a.businessImpact().present()).isFalse();
        assertThat(a.feedback().get(0)).containsIgnoringCase("real example");
    }

    @Test
    void genericHabitsAreNotAnEpisode() {
        AnswerAnalysis a = behavioral("I always try to understand the other person's view first. I usually set up a"
                + " short call and I like to write down what we agreed so nobody is surprised later.");
        assertThat(a.story()).isEqualTo(StoryType.GENERIC);
        assertThat(a.star().situation().present()).isFalse();
    }

    @Test
    void weOnlyActionsGiveActionButNoOwnership() {
        AnswerAnalysis a = behavioral("Our nightly pricing job crashed on a Friday and the shops had stale prices."
                + " We checked the logs, we found a bad config value and we redeployed the job with the fix."
                + " Prices were correct again by 9am.");
        assertThat(a.star().action().present()).isTrue();
        assertThat(a.ownership().firstPerson()).isFalse();
    }

    @Test
    void oneClearFirstPersonActionAmongWeIsOwnership() {
        AnswerAnalysis a = behavioral("We were migrating our reporting to a new warehouse with the finance team."
                + " We split the work. I wrote the reconciliation queries for all 40 reports and we reviewed them"
                + " together. The migration finished a week early.");
        assertThat(a.ownership().firstPerson()).isTrue();
        assertThat(a.ownership().evidence()).startsWith("I wrote");
    }

    @Test
    void effortAndSetupNumbersAreNotMeasurableOutcomes() {
        AnswerAnalysis a = behavioral("Our churn dashboard was two weeks late every quarter. I interviewed 6 analysts,"
                + " held 3 meetings and wrote 2,000 lines of SQL. In the end the team liked the new dashboard.");
        assertThat(a.star().result().present()).isTrue();
        assertThat(a.measurableResult().present()).isFalse();
    }

    @Test
    void outcomeNumberIsMeasurable() {
        AnswerAnalysis a = behavioral("Our churn dashboard was late every quarter. I automated the extract with"
                + " Airflow and documented the checks. As a result the report now ships in 2 hours instead of 3 days.");
        assertThat(a.measurableResult().present()).isTrue();
        assertThat(a.measurableResult().evidence()).contains("2 hours");
    }

    @Test
    void modelMetricAloneIsNotBusinessImpact() {
        AnswerAnalysis a = behavioral("Our fraud model missed too many cases. I retrained it with merchant features"
                + " and calibrated the scores. After that, AUC went from 0.81 to 0.88 and recall rose to 0.74.");
        assertThat(a.measurableResult().present()).isTrue();
        assertThat(a.businessImpact().present()).isFalse();
    }

    @Test
    void outcomeInMoneyIsBusinessImpact() {
        AnswerAnalysis a = behavioral("Our fraud model missed too many cases. I retrained it with merchant features"
                + " and calibrated the scores. After that, chargeback losses fell by $120k a quarter.");
        assertThat(a.businessImpact().present()).isTrue();
    }

    @Test
    void vagueCompletionIsNotAnAction() {
        AnswerAnalysis a = behavioral("The build kept failing on the release branch. I fixed it. It went well.");
        assertThat(a.star().action().present()).isFalse();
        assertThat(a.ownership().firstPerson()).isFalse();
        assertThat(a.star().result().present()).isTrue();
    }

    @Test
    void endingOnAnActionIsNoResult() {
        AnswerAnalysis a = behavioral("Last spring our sign-up funnel lost half of its visitors at the email step."
                + " I was asked to find out why. I compared the funnel by device and rewrote the form validation to"
                + " demonstrate the impact on revenue.");
        assertThat(a.star().result().present()).isFalse();
    }

    @Test
    void nonAnswersScoreNearZeroAndSayWhy() {
        for (String answer : new String[]{"", "   ", "I don't know.", "Pass.", "No idea, sorry, I have never done that."}) {
            AnswerAnalysis a = behavioral(answer);
            assertThat(a.story()).as(answer).isEqualTo(StoryType.NON_ANSWER);
            assertThat(a.score()).as(answer).isLessThanOrEqualTo(5);
            assertThat(a.feedback()).as(answer).isNotEmpty();
        }
    }

    @Test
    void offTopicLectureIsANonAnswerToABehavioralQuestion() {
        AnswerAnalysis a = behavioral("Gradient boosting builds trees sequentially and each tree fits the residuals"
                + " of the ensemble. Random forests average many deep trees grown on bootstrap samples.");
        assertThat(a.story()).isEqualTo(StoryType.NON_ANSWER);
    }

    @Test
    void labelsAreNotNeeded() {
        AnswerAnalysis withLabels = behavioral("Situation: our ETL failed nightly. Task: I had to stabilise it."
                + " Action: I added retries and alerting. Result: failures dropped by 90%.");
        assertThat(withLabels.star().action().present()).isTrue();
        assertThat(withLabels.measurableResult().present()).isTrue();
    }

    @Test
    void feedbackIsAtMostThreeAndDeterministic() {
        String answer = "um so we like had a big client and we had to do this and that and we ended up saving the account";
        AnswerAnalysis a = behavioral(answer);
        assertThat(a.feedback()).hasSizeLessThanOrEqualTo(3);
        assertThat(behavioral(answer)).isEqualTo(a);
    }
}
