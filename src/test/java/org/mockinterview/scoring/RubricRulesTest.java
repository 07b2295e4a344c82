package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import static org.assertj.core.api.Assertions.assertThat;

class RubricRulesTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private RubricItem criterion(String question, Category category, String answer, String name) {
        AnswerAnalysis a = analyzer.analyze(AnalysisRequest.of(answer, question, category));
        RubricItem item = a.rubric().stream().filter(r -> r.criterion().equals(name)).findFirst().orElseThrow();
        if (item.evidence() != null) {
            assertThat(answer).contains(item.evidence());
        }
        return item;
    }

    @Test
    void aNumberedItemThatIsOnlyADashIsNoStep() {
        // found by AnswerAnalyzerProperties: "1) -" split into no parts and threw
        AnswerAnalysis a = analyzer.analyze(AnalysisRequest.of("I I I 1) - 2) - 3) -", "", Category.APPLIED_CASE_STUDY));
        assertThat(a.score()).isBetween(0, 100);
    }

    @Test
    void aNumberedPlanWhoseItemsStartOrOrderThemselvesAndALearnersAfterAreSteps() {
        String q = "How would you build a leak alert for a water network?";
        String numbered = "1. Agree with the control room which leaks matter most.\n2. Start with the night-flow"
                + " minimum of each district.\n3. Pull a month of meter data and build baselines.\n4. Only then turn"
                + " on the alerts, and review them weekly.";
        assertThat(criterion(q, Category.APPLIED_CASE_STUDY, numbered, "structured_steps").met()).isTrue();
        String spoken = "I will use a gradient boosting model. First I collect the meter readings, then I train it on"
                + " the known leaks, and after I deploy it and send an alert to the control room.";
        assertThat(criterion(q, Category.APPLIED_CASE_STUDY, spoken, "structured_steps").met()).isTrue();
        String chained = "So, uh, I'd fit a gradient boosting model on pipe age and soil, then tune it on last year's"
                + " leaks, and then send the scores to the repair crews.";
        assertThat(criterion(q, Category.APPLIED_CASE_STUDY, chained, "structured_steps").met()).isTrue();
        String once = "I'd fit a gradient boosting model on pipe age and soil, then send the scores to the crews.";
        assertThat(criterion(q, Category.APPLIED_CASE_STUDY, once, "structured_steps").met()).isFalse();
    }

    @Test
    void definitionFirstNeedsAPreciseDefinitionEarly() {
        String q = "What is dropout?";
        assertThat(criterion(q, Category.ML_FUNDAMENTALS, "Dropout is a regularisation technique that randomly"
                + " switches off a fraction of neurons during each training step so the network cannot rely on any"
                + " single unit.", "definition_first").met()).isTrue();
        assertThat(criterion(q, Category.ML_FUNDAMENTALS, "Dropout is used to reduce overfitting in neural"
                + " networks. It helps them generalise.", "definition_first").met()).isFalse();
        assertThat(criterion(q, Category.ML_FUNDAMENTALS, "I once trained a huge network on images. It overfit badly."
                + " We tried many things. In the end dropout, which randomly switches off neurons in training, helped.",
                "definition_first").met()).isFalse();
    }

    @Test
    void comparisonNeedsBothSidesInTheFirstTwoSentences() {
        String q = "What is the difference between bagging and boosting?";
        assertThat(criterion(q, Category.ML_FUNDAMENTALS, "Bagging trains models independently on bootstrap samples"
                + " and averages them, while boosting trains models in sequence, each correcting the previous errors.",
                "definition_first").met()).isTrue();
        assertThat(criterion(q, Category.ML_FUNDAMENTALS, "Both are ensemble methods. Bagging trains models on"
                + " bootstrap samples. They are popular. Boosting trains them in sequence.", "definition_first").met())
                .isFalse();
    }

    @Test
    void concreteExampleNeedsASpecificInstance() {
        String q = "What is overfitting?";
        assertThat(criterion(q, Category.ML_FUNDAMENTALS, "Overfitting is when a model learns noise in the training"
                + " data. For example, a decision tree grown to full depth on 200 house sales predicts every training"
                + " price exactly but misses new listings by 30%.", "concrete_example").met()).isTrue();
        assertThat(criterion(q, Category.ML_FUNDAMENTALS, "Overfitting is when a model learns noise in the training"
                + " data instead of the signal, so it does worse on new data.", "concrete_example").met()).isFalse();
    }

    @Test
    void plainLanguageFailsOnFormulaRecital() {
        String q = "Explain a confidence interval to a non-technical audience.";
        assertThat(criterion(q, Category.STATISTICS_PROBABILITY, "It is a range of values that we are fairly sure"
                + " contains the true number we care about. If we repeated the survey many times, most of those ranges"
                + " would catch the real value.", "plain_language").met()).isTrue();
        assertThat(criterion(q, Category.STATISTICS_PROBABILITY, "It is x̄ ± z·σ/√n under the normal distribution."
                + " The sampling distribution of the estimator has standard error σ/√n. Coverage is 1-α.",
                "plain_language").met()).isFalse();
    }

    @Test
    void confoundIsOnlyApplicableToCausalQuestionsAndMustBeConcrete() {
        String causal = "Why does correlation not imply causation?";
        assertThat(criterion(causal, Category.STATISTICS_PROBABILITY, "Sunscreen sales and shark sightings rise"
                + " together because both are driven by hot summer weather, not by each other.",
                "confound_mentioned").met()).isTrue();
        assertThat(criterion(causal, Category.STATISTICS_PROBABILITY, "Two things can move together because of other"
                + " factors or pure coincidence.", "confound_mentioned").met()).isFalse();
        assertThat(criterion("What is a p-value?", Category.STATISTICS_PROBABILITY, "It is the chance of data at"
                + " least this surprising if nothing were going on.", "confound_mentioned").met()).isNull();
    }

    @Test
    void metricTiedToBusinessNeedsErrorTypeCostAndChoice() {
        String q = "Precision or recall for a loan default model?";
        assertThat(criterion(q, Category.MODEL_EVALUATION, "A false negative means we lend to someone who defaults,"
                + " which costs us around $8,000 on average, while a false positive only loses a $300 margin. So I"
                + " would favour recall and set the threshold from those costs.", "metric_tied_to_business").met())
                .isTrue();
        assertThat(criterion(q, Category.MODEL_EVALUATION, "I would look at precision and recall and pick the best F1"
                + " because the classes are imbalanced.", "metric_tied_to_business").met()).isFalse();
    }

    @Test
    void caseStudyCriteria() {
        String q = "How would you build a model to flag risky insurance claims?";
        String good = "First I'd confirm the business objective: is success fewer fraudulent payouts or faster"
                + " handling of honest claims? Then I'd check what labels exist, since investigations close 90 days"
                + " late, and what latency the claims system allows, say under 200 ms. Next I'd start with a simple"
                + " gradient boosted model on claim features. Finally I'd shadow-run it next to the adjusters.";
        assertThat(criterion(q, Category.APPLIED_CASE_STUDY, good, "clarifies_objective_first").met()).isTrue();
        assertThat(criterion(q, Category.APPLIED_CASE_STUDY, good, "names_constraints").met()).isTrue();
        assertThat(criterion(q, Category.APPLIED_CASE_STUDY, good, "structured_steps").met()).isTrue();
        String weak = "I'd use XGBoost because it is the best model for tabular data, tune it and deploy it.";
        assertThat(criterion(q, Category.APPLIED_CASE_STUDY, weak, "clarifies_objective_first").met()).isFalse();
        assertThat(criterion(q, Category.APPLIED_CASE_STUDY, weak, "names_constraints").met()).isFalse();
        assertThat(criterion(q, Category.APPLIED_CASE_STUDY, weak, "structured_steps").met()).isFalse();
    }

    @Test
    void debuggingPlanMustCheckDataBeforeChangingTheModel() {
        String q = "Your model's accuracy dropped in production. How would you debug it?";
        String modelFirst = "First I'd retrain the model on recent data. Then I'd try a bigger model. Finally I'd check"
                + " the input data for drift.";
        assertThat(criterion(q, Category.APPLIED_CASE_STUDY, modelFirst, "structured_steps").met()).isFalse();
        String dataFirst = "First I'd check the input data and feature pipeline for schema changes. Then I'd compare"
                + " the label distribution with last month. Finally, if the data is fine, I'd retrain the model.";
        assertThat(criterion(q, Category.APPLIED_CASE_STUDY, dataFirst, "structured_steps").met()).isTrue();
    }

    @Test
    void nonAnswerMeetsNoCriterion() {
        AnswerAnalysis a = analyzer.analyze(AnalysisRequest.of("I'm not sure, to be honest.",
                "What is gradient descent?", Category.ML_FUNDAMENTALS));
        assertThat(a.story()).isEqualTo(StoryType.NON_ANSWER);
        assertThat(a.rubric()).allSatisfy(r -> assertThat(r.met()).isNotEqualTo(Boolean.TRUE));
        assertThat(a.score()).isLessThanOrEqualTo(5);
    }
}
