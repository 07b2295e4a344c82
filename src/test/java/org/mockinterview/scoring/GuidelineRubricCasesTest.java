package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

/** Hand-written rubric cases per class of phrasing in the labelling guidelines: examples, definitions, error costs, constraints. */
class GuidelineRubricCasesTest extends GuidelineCases {
    @Test
    void examplesFromLivedProjectsAndScenesBareTopicsAndPurposeOnlyOpeners() {
        Category ml = Category.ML_FUNDAMENTALS;
        Category stats = Category.STATISTICS_PROBABILITY;
        Category evaluation = Category.MODEL_EVALUATION;
        expect("What is cross-validation?", ml, "concrete_example", true,
                "Cross-validation estimates how a model will do on new data by training and testing on different"
                + " splits. Say you have 1,000 customer records: with 5 folds you train on 800 and test on 200, "
                + "five times, and average the five scores.");
        expect("What is cross-validation?", ml, "concrete_example", true,
                "Cross-validation rotates which part of the data is held out. When I predicted apartment rents "
                + "in Berlin, it showed my model was much worse in the outer districts than the single split "
                + "suggested.");
        expect("What is cross-validation?", ml, "concrete_example", false,
                "Cross-validation splits the data into k folds, trains on k-1 and tests on the remaining one, "
                + "then averages the scores.");
        expect("What is an embedding?", ml, "concrete_example", true,
                "An embedding maps items to vectors so that similar items end up close together. In a music app,"
                + " songs that people play in the same sessions get nearby vectors, so a jazz ballad lands next to"
                + " other jazz ballads.");
        expect("What is an embedding?", ml, "concrete_example", false,
                "An embedding maps items to dense vectors where distance reflects similarity, learned from data.");
        expect("What is an embedding?", ml, "definition_first", true,
                "An embedding is a learned vector representation of an item, such that similar items are close "
                + "in the vector space.");
        expect("What is an embedding?", ml, "definition_first", true,
                "Okay so. Embeddings. They are dense vectors learned for words or items, placed so that similar "
                + "things sit close together.");
        expect("What is an embedding?", ml, "definition_first", false,
                "Embeddings are used everywhere now, in search, in recommendations, in LLMs. They are very "
                + "powerful.");
        expect("What is the central limit theorem?", stats, "plain_language", true,
                "If you take many samples and average each one, those averages pile up in a bell shape, even "
                + "when the original data is lopsided. So averages behave predictably.");
        expect("What is the central limit theorem?", stats, "plain_language", false,
                "For i.i.d. X with finite variance σ², √n(X̄ − μ) converges in distribution to N(0, σ²).");
        expect("What is the central limit theorem?", stats, "concrete_example", true,
                "Averages of many samples look bell-shaped. For example, daily sales at one store are lumpy, but"
                + " the average over 50 random days, repeated many times, forms a bell curve around the true mean.");
        expect("How do you evaluate a regression model?", evaluation, "concrete_example", true,
                "I look at MAE and RMSE. For example, if a delivery-time model is off by 5 minutes on average "
                + "but sometimes by 40, RMSE will show the big misses that MAE hides.");
        expect("How do you evaluate a regression model?", evaluation, "concrete_example", false,
                "I look at MAE, RMSE and R squared, and I check the residuals for patterns.");
        org.assertj.core.api.Assertions.assertThat(misses).isEmpty();
    }

    @Test
    void errorCostsAndOperatingLimits() {
        Category evaluation = Category.MODEL_EVALUATION;
        Category caseStudy = Category.APPLIED_CASE_STUDY;
        String q = "How would you choose the threshold for a medical screening model?";
        expect(q, evaluation, "metric_tied_to_business", true,
                "Missing a sick patient means they go untreated for months, while a false alarm costs one extra "
                + "blood test. So I'd push recall to about 95% and accept more false alarms.");
        expect(q, evaluation, "metric_tied_to_business", true,
                "If we under-predict demand the shelves go empty and we lose sales; over-predicting only leaves "
                + "some extra stock. That asymmetry is why I'd evaluate on a quantile loss above the median.");
        expect(q, evaluation, "metric_tied_to_business", false,
                "I'd pick the threshold that maximises F1 on the validation set, since the classes are "
                + "imbalanced.");
        expect(q, evaluation, "metric_tied_to_business", false,
                "I'd look at the ROC curve and choose a point that balances sensitivity and specificity.");
        expect(q, evaluation, "metric_tied_to_business", false,
                "It depends on the business, so I'd ask the stakeholders what matters to them.");
        String d = "Design a fraud detection system for card payments.";
        expect(d, caseStudy, "names_constraints", true,
                "Scoring has to happen inside the authorisation call, so we have maybe 50 ms.");
        expect(d, caseStudy, "names_constraints", true,
                "Chargeback labels take up to 90 days to arrive, so recent fraud is unlabelled.");
        expect(d, caseStudy, "names_constraints", true,
                "We process around 2,000 transactions a second at peak.");
        expect(d, caseStudy, "names_constraints", true,
                "Regulators require that we can tell a customer why a payment was declined.");
        expect(d, caseStudy, "names_constraints", false,
                "I'd use gradient boosting with features like amount, merchant and time since the last "
                + "transaction.");
        expect(d, caseStudy, "names_constraints", false,
                "We should keep an eye on latency, drift and data quality once it's live.");
        org.assertj.core.api.Assertions.assertThat(misses).isEmpty();
    }

    @Test
    void plainWordsVersusNotationAndExamplesWithNumbers() {
        expect("What is a confidence interval?", Category.STATISTICS_PROBABILITY, "plain_language", true,
                "It's a range that we're fairly sure contains the true value. If we ran the same survey a "
                + "hundred times, about 95 of those ranges would catch the real number.");
        expect("What is a confidence interval?", Category.STATISTICS_PROBABILITY, "plain_language", true,
                "A 95% confidence interval is built so that, over many repeated samples, 95% of such intervals "
                + "contain the true parameter. Put simply: it's our margin of error around an estimate, like a "
                + "poll saying 52% give or take 3 points.");
        expect("What is a confidence interval?", Category.STATISTICS_PROBABILITY, "plain_language", false,
                "It's x̄ ± t·s/√n, using the t distribution with n−1 degrees of freedom, assuming i.i.d. normal "
                + "errors.");
        expect("What is a confidence interval?", Category.STATISTICS_PROBABILITY, "plain_language", false,
                "The confidence interval is derived from the sampling distribution of the estimator. Its "
                + "coverage probability equals the confidence level under the null. The standard error determines "
                + "its width.");
        expect("Explain Bayes' theorem.", Category.STATISTICS_PROBABILITY, "plain_language", true,
                "Bayes' theorem tells you how to update what you believe when you see new evidence. If a test "
                + "for a rare disease comes back positive, you're still probably healthy, because the disease is "
                + "so rare that false alarms outnumber real cases.");
        expect("Explain Bayes' theorem.", Category.STATISTICS_PROBABILITY, "plain_language", false,
                "P(A|B) = P(B|A)P(A)/P(B). The posterior is proportional to the likelihood times the prior.");
        expect("Explain Bayes' theorem.", Category.STATISTICS_PROBABILITY, "concrete_example", true,
                "Bayes' theorem updates beliefs with evidence. Say 1 in 1,000 people have a disease and the test"
                + " catches 99% of cases but also flags 5% of healthy people: a positive result means only about a"
                + " 2% chance of being sick.");
        expect("Explain Bayes' theorem.", Category.STATISTICS_PROBABILITY, "concrete_example", false,
                "Bayes' theorem updates prior beliefs with new evidence to get a posterior. It's used in many "
                + "fields like medicine and spam filtering.");
        org.assertj.core.api.Assertions.assertThat(misses).isEmpty();
    }

    @Test
    void causalQuestionsByTheirWordsConfoundersNamedAnyWayAndCostsInWords() {
        Category stats = Category.STATISTICS_PROBABILITY;
        String claim = "Towns with more libraries have lower crime. Can we say libraries reduce crime?";
        expect(claim, stats, "confound_mentioned", true,
                "Not from this alone. Wealth is the confounder: richer towns build more libraries and also have "
                + "less crime.");
        expect(claim, stats, "confound_mentioned", true,
                "Probably not. Town budgets drove both, since a well-funded council pays for libraries and for "
                + "policing.");
        expect(claim, stats, "confound_mentioned", false,
                "Not really, there could be other factors, so you would need an experiment.");
        expect("Hospital visits are associated with worse health. Why?", stats, "confound_mentioned", false,
                "People go to hospital because they are already ill, so illness comes first.");
        // the objective asked about before any method: "is the goal …?", "what is … for?"
        expect("How would you predict which invoices will be paid late?", Category.APPLIED_CASE_STUDY,
                "clarifies_objective_first", true,
                "First, what is the prediction actually for? Chasing payers early, or planning cash? Then I would "
                + "build labels from last year's invoices and train a gradient-boosted model.");
        expect("How would you predict which invoices will be paid late?", Category.APPLIED_CASE_STUDY,
                "clarifies_objective_first", true,
                "1. Ask the finance lead: is the goal fewer write-offs or a steadier cash forecast? 2. Build labels "
                + "from paid and overdue invoices. 3. Train a logistic regression as a baseline.");
        // the third variable doing its work in the progressive, or named and then called a common cause
        expect(claim, stats, "confound_mentioned", true,
                "No. It is the town's income that is making both happen: rich councils fund libraries and police.");
        expect(claim, stats, "confound_mentioned", true,
                "Household income is a common cause here, so compare towns of similar income before concluding.");
        expect(claim, stats, "plain_language", false,
                "Omitted-variable bias: the coefficient on libraries absorbs income. Condition on income via "
                + "propensity scores and check the odds ratio. Residual confounding may remain.");
        Category evaluation = Category.MODEL_EVALUATION;
        expect("How would you set the alert threshold for a machine-failure model?", evaluation,
                "metric_tied_to_business", true,
                "A missed failure stops the line, which costs us about fifty thousand euros a day, while a false "
                + "alarm means an engineer checks the machine for an hour. So I would choose a low threshold and "
                + "accept more false alarms.");
        Category ml = Category.ML_FUNDAMENTALS;
        expect("What is dropout?", ml, "definition_first", false,
                "Dropout is a technique that makes neural networks a lot more robust. It is used in most "
                + "vision models. During training it zeroes a random share of activations on every step.");
        expect("What is dropout?", ml, "definition_first", false,
                "Good one. This is one of those topics that trips up everybody in their first year. Honestly, it "
                + "surprised me too. Dropout randomly zeroes activations during training.");
        expect("What is the precision–recall trade-off?", ml, "definition_first", true,
                "Uh, okay, precision-recall. Raising the threshold makes precision go up but recall goes down, "
                + "so you cannot maximise both.");
        Category caseStudy = Category.APPLIED_CASE_STUDY;
        expect("Design a model to predict hotel cancellations.", caseStudy, "names_constraints", true,
                "I would first ask what the hotels want to achieve with it. Bookings from the partner sites "
                + "arrive with a two-day lag, and the new hotels have basically no history.");
        expect("Design a model to predict hotel cancellations.", caseStudy, "clarifies_objective_first", true,
                "Before anything, what does the revenue team want to achieve: fewer empty rooms, or less "
                + "overbooking? Then I would build features and train a gradient-boosted model.");
        org.assertj.core.api.Assertions.assertThat(misses).isEmpty();
    }

    @Test
    void definitionsByAnyVerbPurposeWhenBothMoreLikelyBurntBudgetsAndWhatTheScoreIsFor() {
        Category ml = Category.ML_FUNDAMENTALS;
        expect("What is dropout?", ml, "definition_first", true,
                "Great question. Dropout lets a network train as if it were many thinner networks, by zeroing a "
                + "random share of the activations at every training step.");
        expect("What is data augmentation?", ml, "definition_first", false,
                "Data augmentation is used when you don't have enough labelled images. It is very common in "
                + "vision. It creates new training examples by flipping, cropping and recolouring existing ones.");
        expect("Gym members who use the app lose more weight. Does the app cause weight loss?",
                Category.STATISTICS_PROBABILITY, "confound_mentioned", true,
                "Not necessarily. Highly motivated members are both more likely to open the app and more likely "
                + "to train hard.");
        expect("Why would you use log loss for a pricing model?", Category.MODEL_EVALUATION,
                "metric_tied_to_business", true,
                "Because over-prediction of demand makes us buy stock that never sells and burns our budget, "
                + "while under-prediction loses sales. So we selected models on log loss.");
        expect("How would you predict which customers will miss a loan payment?", Category.APPLIED_CASE_STUDY,
                "clarifies_objective_first", true,
                "First, what does the collections team do with the score: call people early, or offer a "
                + "payment plan? Then I would train a gradient-boosted model on payment history.");
        org.assertj.core.api.Assertions.assertThat(misses).isEmpty();
    }

    @Test
    void errorsToldAsThePeopleTheyHitForecastMissesAndObjectivesAsWhatSuccessMeans() {
        Category evaluation = Category.MODEL_EVALUATION;
        expect("How would you set the threshold for an insurance-fraud model?", evaluation, "metric_tied_to_business", true,
                "If we pay out to someone who then turns out to be a fraudster, we lose about eight thousand euros, "
                + "but if we block someone who would have had a genuine claim, we lose a customer. So I would choose "
                + "a threshold that keeps blocks rare.");
        expect("Which metric would you use for a flower-shop demand forecast?", evaluation, "metric_tied_to_business", true,
                "If we under-forecast, we run out and lose the sale, about six pounds of margin; if we over-forecast, "
                + "the flowers wilt and go in the bin. So I would pick a quantile loss above the median.");
        Category stats = Category.STATISTICS_PROBABILITY;
        expect("Ice-cream sales and sunburn cases move together. Does ice cream cause sunburn?", stats,
                "confound_mentioned", true,
                "No. Both of them are going up when we have hot sunny weeks, so the common cause is the sunshine.");
        expect("Ice-cream sales and sunburn cases move together. Does ice cream cause sunburn?", stats,
                "confound_mentioned", true, "The association is confounded by summer weather.");
        Category caseStudy = Category.APPLIED_CASE_STUDY;
        expect("Design a model to flag late deliveries.", caseStudy, "clarifies_objective_first", true,
                "I'd first ask the operations team what a missed late delivery costs compared with a false alarm. "
                + "Then I would build features from the route and train a classifier.");
        expect("Design a model to flag late deliveries.", caseStudy, "clarifies_objective_first", true,
                "First, what is the success for the business here: fewer refunds, or happier customers? Then I "
                + "would train a gradient-boosted classifier.");
        org.assertj.core.api.Assertions.assertThat(misses).isEmpty();
    }
}
