package org.mockinterview.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

/**
 * Answers as recorded interviews have them: numbers said in words, placings, results under a label in a bullet
 * list, outcomes told as comparisons or before the steps, self-selection told as a counterfactual, objectives and
 * constraints stated in speech (all written for these tests).
 */
class SpokenAndListedAnswersTest extends GuidelineCases {

    @Test
    void spokenNumbersPlacingsLabelsAndComparisonsMeasureTheResult() {
        String q = "Tell me about a time your analysis changed a product.";
        String spoken = "ok so um at a ticketing site the mobile checkout failed more often than on desktop, I traced it"
                + " to the payment form timing out on slow networks, I sent the traces to the web team, they shortened"
                + " the form, and checkout completion came up by about two and a half points";
        expect(q, Category.BEHAVIORAL, "result", true, spoken);
        expect(q, Category.BEHAVIORAL, "measurable_result", true, spoken);
        String placing = "In my second year our student team entered a national flood-forecasting challenge. I was"
                + " responsible for the feature pipeline. I built the pipeline and a validation notebook for the team."
                + " Our team finished fourth out of thirty-one teams.";
        expect(q, Category.BEHAVIORAL, "measurable_result", true, placing);
        String listed = "Warehouse scanning, parcel scans were getting lost between depots.\n"
                + "- Traced 60 scanner models against the firmware notes\n"
                + "- Replaced the retry logic in the upload service\n"
                + "- Outcome: lost scans down from 4% to under 0.2%";
        expect(q, Category.BEHAVIORAL, "result", true, listed);
        expect(q, Category.BEHAVIORAL, "measurable_result", true, listed);
        String compared = "At a tutoring marketplace the team expected that showing prices up front would lower bookings."
                + " I was asked to test it. I ran a two-week test on new visitors in two cities. Bookings with prices"
                + " shown ran 11% higher than without, so the prices stayed visible.";
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
        AnswerAnalysis a = meaning.analyze(AnalysisRequest.of("Sure. At the city's transit agency the bus arrival"
                + " boards were wrong on rainy days, and riders kept missing connections. We pulled a year of GPS"
                + " pings, we retrained the delay model with weather features, and we added a rainy-day test set."
                + " Wrong arrival times went from 14% to 6%.",
                "Tell me about a research project you're proud of.", Category.BEHAVIORAL));

        assertThat(a.nonAnswer()).isNull();
        assertThat(a.story()).isEqualTo(StoryType.SPECIFIC);
    }

    @Test
    void selfSelectionToldAsACounterfactualAndABackDoorPathNameTheConfound() {
        String q = "Shops that took our free card reader grew their sales faster. Did the reader cause it?";
        expect(q, Category.STATISTICS_PROBABILITY, "confound_mentioned", true, "no, the shops that took the free reader"
                + " were mostly the busy ones that were already growing, and they would have kept growing regardless,"
                + " so the growth is about how busy they were, not the reader");
        expect(q, Category.STATISTICS_PROBABILITY, "confound_mentioned", true, "Not from this alone. The back-door path"
                + " here is tenure: older shops take up more of our products and also grow more steadily.");
        expect(q, Category.STATISTICS_PROBABILITY, "confound_mentioned", false, "No, correlation is not causation, so"
                + " we would need an experiment before claiming anything about the reader.");
        expect(q, Category.STATISTICS_PROBABILITY, "confound_mentioned", false, "Shops that churned were mostly on the"
                + " basic plan. Either way, we need a proper test before saying anything about the reader.");
        assertThat(misses).isEmpty();
    }

    @Test
    void spokenObjectivesAndConstraintsCount() {
        String q = "How would you build a model to flag invoices likely to be paid late?";
        expect(q, Category.APPLIED_CASE_STUDY, "clarifies_objective_first", true, "Okay so before anything I'd ask the"
                + " collections lead what they will do with the scores, like call the customer or send a reminder,"
                + " because that decides how many we flag. Then I'd train a gradient-boosted model on payment history.");
        expect(q, Category.APPLIED_CASE_STUDY, "clarifies_objective_first", false, "So what we need is a gradient-boosted"
                + " classifier on the payment history, and then a threshold for the reminders.");
        expect(q, Category.APPLIED_CASE_STUDY, "names_constraints", true, "I'd use gradient boosting on the payment"
                + " history. The scoring run needs to be done by 7 every morning, when the collections team starts.");
        expect(q, Category.APPLIED_CASE_STUDY, "names_constraints", true, "Late payers are rare, so the examples are"
                + " limited, and each disputed invoice costs about four dollars per review to label.");
        assertThat(misses).isEmpty();
    }
}
