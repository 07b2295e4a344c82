package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.question.Category;

/**
 * Hand-written cases for each class of phrasing the labelling guidelines describe (not taken from the dev sets):
 * third variables in several phrasings, ordered steps vs alternatives, objective first, error costs, business
 * consequences as process, capacity or customer behaviour, and numbers that are not outcomes.
 */
class GuidelineCasesTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();
    private final java.util.List<String> misses = new java.util.ArrayList<>();

    private void expect(String q, Category c, String crit, boolean want, String a) {
        AnswerAnalysis x = analyzer.analyze(AnalysisRequest.of(a, q, c));
        Boolean got;
        if (crit.equals("business_impact")) got = x.businessImpact().present();
        else if (crit.equals("measurable_result")) got = x.measurableResult().present();
        else got = x.rubric().stream().filter(i -> i.criterion().equals(crit)).findFirst().get().met();
        if (!Boolean.valueOf(want).equals(got)) {
            misses.add(crit + " want " + want + ": " + a);
        }
    }

    @Test
    void eachClassOfPhrasingGetsItsLabel() {
        String cq = "Why does correlation not imply causation? Give an example.";
        Category stats = Category.STATISTICS_PROBABILITY;
        expect(cq, stats, "confound_mentioned", true,
                "Correlation is two things moving together. Both could be driven by the weather: on hot days "
                + "people buy more ice lollies and more people go swimming.");
        expect(cq, stats, "confound_mentioned", true,
                "Correlation means they move together. A likely confounder is age: older customers buy more "
                + "insurance and also file more claims.");
        expect(cq, stats, "confound_mentioned", true,
                "Cities with more parks have healthier residents, but income is a common cause of both.");
        expect(cq, stats, "confound_mentioned", true,
                "It could be that a third factor like the season affects both of them.");
        expect(cq, stats, "confound_mentioned", true,
                "Neighbourhood wealth explains both the number of parks and the health of residents.");
        expect(cq, stats, "confound_mentioned", true,
                "Kids with bigger shoe sizes read better, but that is because older kids have bigger feet and "
                + "read better; age is behind both.");
        expect(cq, stats, "confound_mentioned", false,
                "There may be other factors involved, so we cannot say one causes the other.");
        expect(cq, stats, "confound_mentioned", false,
                "Maybe stressed people stop using the app, so it is reverse causation, not the app causing "
                + "stress.");
        expect(cq, stats, "confound_mentioned", false, "It might just be a coincidence in a small sample.");
        String dq = "Your fraud model's precision dropped last week. How would you debug it?";
        Category caseStudy = Category.APPLIED_CASE_STUDY;
        expect(dq, caseStudy, "structured_steps", true,
                "First I'd check the input data for missing values. Then I'd compare the feature distributions "
                + "with the training period. After that I'd look at whether labels changed. Finally I'd retrain if"
                + " the data is fine.");
        expect(dq, caseStudy, "structured_steps", true,
                "I'd start by confirming the metric is computed the same way as before. From there I'd look for "
                + "broken upstream feeds, and once the pipeline is clean I'd check for drift in the transaction "
                + "mix.");
        expect(dq, caseStudy, "structured_steps", false,
                "First I'd retrain the model on fresh data, then check the features, then monitor the precision.");
        expect(dq, caseStudy, "structured_steps", false,
                "Options: 1) collect more labels 2) use transfer learning 3) add data augmentation.");
        expect(dq, caseStudy, "structured_steps", false, "I'd look at the data and then retrain.");
        String rq = "Design a hotel recommendation system.";
        expect(rq, caseStudy, "clarifies_objective_first", true,
                "What is the business goal here: more bookings, or fewer cancellations? Once that is clear, I'd "
                + "build a two-stage ranking model.");
        expect(rq, caseStudy, "clarifies_objective_first", true,
                "I'd first agree on the success metric with the product team, say booking conversion per search,"
                + " and then build candidate generation and ranking.");
        expect(rq, caseStudy, "clarifies_objective_first", false,
                "I'd train a gradient boosted ranker on clicks, and later check whether it increases revenue.");
        expect(rq, caseStudy, "names_constraints", true,
                "Results must come back in under 100 ms, and new hotels have no interaction history, so cold "
                + "start matters.");
        expect(rq, caseStudy, "names_constraints", false, "I'd use collaborative filtering and retrain it weekly.");
        String eq = "Precision or recall for a fraud model?";
        Category evaluation = Category.MODEL_EVALUATION;
        expect(eq, evaluation, "metric_tied_to_business", true,
                "A missed fraud costs us the chargeback, around $200, while a false alarm only means a quick "
                + "verification call, so I'd favour recall and set the threshold from those two costs.");
        expect(eq, evaluation, "metric_tied_to_business", true,
                "Blocking a good customer's purchase annoys them and some never come back, but letting fraud "
                + "through costs money; I'd weigh those and pick the threshold where the expected loss is lowest.");
        expect(eq, evaluation, "metric_tied_to_business", false, "I'd use F1 because the classes are imbalanced.");
        expect(eq, evaluation, "metric_tied_to_business", false,
                "Use precision when false positives are costly and recall when false negatives are costly.");
        String mq = "What is regularization?";
        Category ml = Category.ML_FUNDAMENTALS;
        expect(mq, ml, "concrete_example", true,
                "Regularization adds a penalty on large weights to the loss. For example, on a house-price model"
                + " with 300 features and 1,000 sales, L1 kept 40 features and test error fell from 12% to 9%.");
        expect(mq, ml, "concrete_example", false,
                "Regularization adds a penalty on large weights. For example, you could apply it to some model.");
        expect(mq, ml, "definition_first", true,
                "Um, okay. Regularization is any change to training that discourages complex models, usually a "
                + "penalty on weight size added to the loss.");
        expect(mq, ml, "definition_first", false,
                "It's important in machine learning and used a lot. People use it for many things.");
        String bq = "Tell me about a time you improved a process.";
        Category behavioral = Category.BEHAVIORAL;
        String base = "At my last job our refund process was slow and customers complained. My task was to speed it"
                + " up. I mapped the steps with the support lead and I automated the eligibility check. ";
        expect(bq, behavioral, "business_impact", true, base + "After the change, refund complaints fell by a third.");
        expect(bq, behavioral, "business_impact", true,
                base + "Since then the finance team uses the new report to plan weekly payouts.");
        expect(bq, behavioral, "business_impact", true,
                base + "As a result we needed two fewer agents on the refund queue.");
        expect(bq, behavioral, "business_impact", false, base + "The team was happy with the results.");
        expect(bq, behavioral, "business_impact", false, base + "As a result the model's AUC went from 0.71 to 0.80.");
        expect(bq, behavioral, "measurable_result", true,
                base + "As a result the average refund took 2 days instead of 9.");
        expect(bq, behavioral, "measurable_result", false,
                base + "In the end it shipped on time and everyone was pleased.");
        expect(bq, behavioral, "measurable_result", false, base + "We held 3 workshops and in the end it went well.");
        org.assertj.core.api.Assertions.assertThat(misses).isEmpty();
    }
}
