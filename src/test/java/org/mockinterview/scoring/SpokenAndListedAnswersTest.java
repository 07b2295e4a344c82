package org.mockinterview.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

/**
 * Answers as recorded interviews have them: numbers said in words, placings, results under a "Result:" label in a
 * bullet list, outcomes told as comparisons, self-selection told as a counterfactual, objectives and constraints
 * stated in speech (all written for these tests).
 */
class SpokenAndListedAnswersTest extends GuidelineCases {

    @Test
    void spokenNumbersPlacingsLabelsAndComparisonsMeasureTheResult() {
        String q = "Tell me about a time your analysis changed a product.";
        String spoken = "So, um, our sign-up completion on Android was lower than on iOS and nobody knew why. I split the"
                + " failed sign-ups by device and saw the date picker crashing on older phones, I sent the crash logs to"
                + " the app team, they fixed it in a sprint, and sign-up completion came up by about one and a half"
                + " points.";
        expect(q, Category.BEHAVIORAL, "result", true, spoken);
        expect(q, Category.BEHAVIORAL, "measurable_result", true, spoken);
        String placing = "During my master's our lab entered a shared task on tagging legal clauses, with five weeks to go."
                + " I was responsible for the span decoder. I wrote the decoder and an error-analysis notebook for the"
                + " team. Our system finished third out of nineteen teams.";
        expect(q, Category.BEHAVIORAL, "measurable_result", true, placing);
        String listed = "Billing analytics, invoice events were unreliable after the platform move.\n"
                + "- Audited 90 event types against the contract\n"
                + "- Removed duplicated emitters in two services\n"
                + "- Result: invoice mismatches down from 7% to under 0.5%";
        expect(q, Category.BEHAVIORAL, "result", true, listed);
        expect(q, Category.BEHAVIORAL, "measurable_result", true, listed);
        String compared = "At a meal-kit company the team believed a bigger welcome discount would keep more customers."
                + " My job was to test it before launch. I ran an A/B test with two discount levels for four weeks. The"
                + " bigger discount retained 6% worse than the smaller one, so we kept the smaller discount.";
        expect(q, Category.BEHAVIORAL, "measurable_result", true, compared);
        assertThat(misses).isEmpty();
    }

    @Test
    void aMeasuredChangeToldBeforeTheStepsIsTheResultNotTheScene() {
        String q = "Tell me about a time you saved your company money.";
        String first = "Our cloud storage bill came down by about $9,000 a month. I audited every bucket by last access,"
                + " deleted two years of duplicated raw exports, and I moved the rest to cold storage.";
        expect(q, Category.BEHAVIORAL, "result", true, first);
        expect(q, Category.BEHAVIORAL, "measurable_result", true, first);
        expect(q, Category.BEHAVIORAL, "situation", false, first);
        String scene = "Our cloud storage bill had grown by 40% in a year. I listed every bucket by last access and"
                + " moved the stale exports to cold storage. The bill came down by about $9,000 a month.";
        expect(q, Category.BEHAVIORAL, "situation", true, scene);
        expect(q, Category.BEHAVIORAL, "result", true, scene);
        assertThat(misses).isEmpty();
    }

    @Test
    void aStoryThatSharesNoWordWithTheQuestionIsNoNonAnswer() {
        AnswerAnalyzer meaning = new AnswerAnalyzer(TestVectors.miniLm());
        AnswerAnalysis a = meaning.analyze(AnalysisRequest.of("Sure. So on the search team our ranking did badly on"
                + " misspelled queries, far worse than on clean ones, and shoppers kept complaining. We collected a few"
                + " thousand misspelled queries from the logs, we retrained the spelling layer, and we added a test set"
                + " of misspellings. Zero-result searches went from 9% to 4%.",
                "Tell me about a research project you're proud of.", Category.BEHAVIORAL));

        assertThat(a.nonAnswer()).isNull();
        assertThat(a.story()).isEqualTo(StoryType.SPECIFIC);
    }

    @Test
    void selfSelectionToldAsACounterfactualAndABackDoorPathNameTheConfound() {
        String q = "Users who enable notifications retain better. Can we say notifications cause retention?";
        expect(q, Category.STATISTICS_PROBABILITY, "confound_mentioned", true, "no, the people who bother to enable"
                + " notifications are mostly the keen users who open the app every day, and they were going to stay"
                + " anyway, so the retention comes from how keen they were, not from the notifications");
        expect(q, Category.STATISTICS_PROBABILITY, "confound_mentioned", true, "Not from this alone. The back-door path"
                + " here is tenure: long-standing users enable more features and also retain better.");
        expect(q, Category.STATISTICS_PROBABILITY, "confound_mentioned", false, "No, correlation is not causation, so"
                + " we would need an experiment before claiming anything about notifications.");
        assertThat(misses).isEmpty();
    }

    @Test
    void spokenObjectivesAndConstraintsCount() {
        String q = "How would you build a model to flag invoices likely to be paid late?";
        expect(q, Category.APPLIED_CASE_STUDY, "clarifies_objective_first", true, "Um, so first I'd want to know what"
                + " we're actually going to do with it, like, does collections call these customers or send a reminder,"
                + " because that decides how many we flag. Then I'd train a gradient-boosted model on payment history.");
        expect(q, Category.APPLIED_CASE_STUDY, "names_constraints", true, "I'd use gradient boosting on the payment"
                + " history. It has to finish before 7 a.m., when the collections team starts their calls.");
        expect(q, Category.APPLIED_CASE_STUDY, "names_constraints", true, "Late payers are only a few percent, so"
                + " positives are pretty scarce, and labelling disputed invoices costs about three dollars a document.");
        assertThat(misses).isEmpty();
    }
}
