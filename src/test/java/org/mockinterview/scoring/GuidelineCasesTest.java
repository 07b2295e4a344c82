package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

/** Hand-written cases per class of phrasing in the labelling guidelines (not from the dev sets): mixed categories. */
class GuidelineCasesTest extends GuidelineCases {
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
        // errors told as the cases they hit, harm and a reviewer's time as costs, a choice said as "went for"
        expect(eq, evaluation, "metric_tied_to_business", true,
                "A forged invoice that we miss pays out about €2,000. A manual check costs an auditor €40, wasted on"
                + " every honest invoice we flag, so the review threshold sits near 2%.");
        expect(eq, evaluation, "metric_tied_to_business", true,
                "If we miss a defaulter, a false negative, we lose most of the loan, around 90 thousand rupees. So we"
                + " went for higher recall on defaulters even if precision dropped.");
        expect(eq, evaluation, "metric_tied_to_business", true,
                "A missed case, a false negative, can mean harm to the patient. A false positive costs a nurse ten"
                + " minutes. I'd lean towards recall with a cap on alerts per shift.");
        expect(eq, evaluation, "metric_tied_to_business", false,
                "I'd lean towards recall because the positive class is rare and I'd report the F1 too.");
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

    @Test
    void morePhrasingsOfObjectiveConstraintsStepsAndOutcomes() {
        Category caseStudy = Category.APPLIED_CASE_STUDY;
        String q = "How would you build a churn prediction model for a subscription app?";
        expect(q, caseStudy, "clarifies_objective_first", true,
                "Before anything else I'd ask what we want to do with the predictions: who gets a retention "
                + "offer, and how we'll know it worked. Then I'd build features from usage logs and train a "
                + "classifier.");
        expect(q, caseStudy, "clarifies_objective_first", true,
                "What does success look like here? Fewer cancellations in the next 90 days, I assume. With that "
                + "settled, I'd pull usage data and fit a gradient boosted model.");
        expect(q, caseStudy, "clarifies_objective_first", true,
                "The point is to keep paying subscribers, so the metric I care about is retained revenue. I'd "
                + "then label churners and train a model.");
        expect(q, caseStudy, "clarifies_objective_first", false,
                "I'd collect the usage logs, engineer features like days since last login, and train XGBoost. "
                + "The goal is to reduce churn.");
        expect(q, caseStudy, "names_constraints", true,
                "Labels only arrive a month after someone cancels, so training data lags behind.");
        expect(q, caseStudy, "names_constraints", true,
                "The scores have to be ready for the nightly email batch, and legal needs us to explain why "
                + "someone got an offer.");
        expect(q, caseStudy, "names_constraints", true,
                "We have maybe two hundred confirmed churners, so labels are scarce.");
        expect(q, caseStudy, "names_constraints", false,
                "I'd make sure to monitor the model after it's deployed and retrain it when needed.");
        // reviewer capacity, a time to answer, little history and outcomes known only later are limits too
        expect(q, caseStudy, "names_constraints", true,
                "There are only four retention agents, so they can call about 60 customers a week at most.");
        expect(q, caseStudy, "names_constraints", true,
                "The offer has to appear within a couple of seconds of the cancel click.");
        expect(q, caseStudy, "names_constraints", true,
                "We only have about fourteen months of data since the app relaunched.");
        expect(q, caseStudy, "names_constraints", true,
                "Annual plans only churn twelve months or more after signup, so recent cohorts tell us little.");
        expect(q, caseStudy, "names_constraints", false,
                "First I'd retrain the model on the newest four weeks of data, then compare the features.");
        expect(q, caseStudy, "names_constraints", false,
                "Is it worse to offer a discount too early, or to send it late and lose the customer anyway?");
        expect(q, caseStudy, "structured_steps", true,
                "Step one is defining churn. Step two is building features. Step three is training and "
                + "validating. Step four is rolling it out to a small group.");
        expect(q, caseStudy, "structured_steps", true,
                "Initially I'd define the label; next I'd build features from the logs; after that I'd train a "
                + "baseline; lastly I'd A/B test the offers.");
        expect(q, caseStudy, "structured_steps", true,
                "Define the churn label → build usage features → train a baseline → A/B test retention offers.");
        expect(q, caseStudy, "structured_steps", false,
                "I'd think about the data, the features and the model, and how to deploy it.");
        Category stats = Category.STATISTICS_PROBABILITY;
        String pq = "Explain statistical power.";
        expect(pq, stats, "plain_language", true,
                "Power is the chance that your test notices an effect when the effect is really there. If a new "
                + "button truly lifts sign-ups, a test with 80% power would spot that 8 times out of 10.");
        expect(pq, stats, "plain_language", false,
                "Power is 1 − β, the probability of rejecting H0 when H1 is true. It depends on α, the effect "
                + "size and n.");
        expect(pq, stats, "concrete_example", true,
                "Power is the chance a test detects a real effect. Say a new checkout page really raises "
                + "conversion from 5% to 5.5%: with 2,000 users per arm you'd usually miss it, with 30,000 you'd "
                + "usually catch it.");
        expect(pq, stats, "concrete_example", false,
                "Power is the chance a test detects a real effect. It goes up with sample size and effect size.");
        Category behavioral = Category.BEHAVIORAL;
        String bq = "Tell me about a time you disagreed with a stakeholder.";
        expect(bq, behavioral, "situation", true,
                "Our marketing director wanted to launch a campaign to every customer. I thought that was "
                + "wasteful and I showed her a holdout test. She agreed to target the top two deciles.");
        expect(bq, behavioral, "situation", false,
                "I showed the director a holdout test and she agreed to target the top two deciles instead.");
        expect(bq, behavioral, "task", true,
                "The campaign was going out in a week. I needed to convince the director to test it first. I "
                + "built a holdout design and walked her through it. She agreed.");
        expect(bq, behavioral, "task", false,
                "The campaign was going out in a week and nobody had tested it. I built a holdout design and "
                + "walked her through it. She agreed.");
        expect(bq, behavioral, "result", true,
                "I built a holdout design and walked the director through it. She agreed, and the targeted "
                + "campaign cost 40% less.");
        expect(bq, behavioral, "result", false,
                "The director wanted a broad launch. I built a holdout design and walked her through it in our "
                + "Monday meeting.");
        expect(bq, behavioral, "business_impact", true,
                "I built a holdout design and walked the director through it. We targeted only the top two "
                + "deciles and cut campaign spend by 40% with the same sales.");
        expect(bq, behavioral, "business_impact", true,
                "I built a holdout design and walked the director through it. She dropped the broad launch and "
                + "now every campaign gets a holdout before it ships.");
        expect(bq, behavioral, "business_impact", false,
                "I built a holdout design and walked the director through it. She thanked me and said it was a "
                + "great analysis.");
        expect(bq, behavioral, "measurable_result", false,
                "I built a holdout design with 10% of customers and walked the director through it over 3 "
                + "meetings. She agreed in the end.");
        expect(bq, behavioral, "ownership", false,
                "We built a holdout design and we walked the director through it. She agreed.");
        expect(bq, behavioral, "ownership", true,
                "We set up the test together, but I wrote the holdout analysis myself and presented it. She "
                + "agreed.");
        expect(bq, behavioral, "action", false,
                "The director wanted a broad launch, and I handled it. In the end it went fine.");
        org.assertj.core.api.Assertions.assertThat(misses).isEmpty();
    }

    @Test
    void speechNonNativeEnglishAndDefinitions() {
        Category ml = Category.ML_FUNDAMENTALS;
        // "what do people mean by X" and "what is meant by X" ask for X
        expect("What do people mean by data leakage?", ml, "definition_first", true,
                "So, data leakage refers to information from outside the training data, often from the future,"
                + " reaching the model during training, so its validation scores look better than it will do live.");
        expect("What is meant by regularisation?", ml, "definition_first", true,
                "Regularisation means adding a penalty on the size of a model's weights to the training loss, so"
                + " the model prefers simpler fits that generalise better.");
        expect("What is a random forest?", ml, "definition_first", true,
                "Uh, yeah, so, a random forest is an ensemble of decision trees, each trained on a bootstrap "
                + "sample with random feature subsets, and it averages their votes.");
        expect("What is a random forest?", ml, "definition_first", true,
                "Great question! Random forest — it's many decision trees trained on different random samples of"
                + " the data, and the prediction is the majority vote.");
        expect("What is gradient descent?", ml, "definition_first", true,
                "Gradient descent is a optimization method which update the parameters step by step in direction"
                + " of negative gradient of the loss, until loss stop decreasing.");
        expect("What is gradient descent?", ml, "definition_first", false,
                "Gradient descent is very important in deep learning and everybody uses it for training neural "
                + "networks nowadays.");
        expect("What is the difference between bagging and boosting?", ml, "definition_first", true,
                "Bagging trains many models independently on bootstrap samples and averages them, while boosting"
                + " trains models one after another, each focusing on the errors of the previous ones.");
        expect("What is the difference between bagging and boosting?", ml, "definition_first", false,
                "They are both ensemble methods and they are used a lot in Kaggle competitions.");
        expect("What is a random forest?", ml, "concrete_example", true,
                "A random forest averages many decision trees. For instance, a bank might predict loan default "
                + "from income, age and debt, and each tree sees a different sample of past loans.");
        expect("What is a random forest?", ml, "concrete_example", false,
                "A random forest averages many decision trees, which reduces variance compared with a single "
                + "tree.");
        Category behavioral = Category.BEHAVIORAL;
        String bq = "Tell me about a time you handled a production incident.";
        expect(bq, behavioral, "action", true,
                "So, um, last winter our checkout API started timing out. I was on call. I, uh, rolled back the "
                + "last deploy and then I added an index on the orders table. After that the timeouts stopped and "
                + "we lost no more orders.");
        expect(bq, behavioral, "result", true,
                "So, um, last winter our checkout API started timing out. I was on call. I, uh, rolled back the "
                + "last deploy and then I added an index on the orders table. After that the timeouts stopped and "
                + "we lost no more orders.");
        expect(bq, behavioral, "business_impact", true,
                "So, um, last winter our checkout API started timing out. I was on call. I, uh, rolled back the "
                + "last deploy and then I added an index on the orders table. After that the timeouts stopped and "
                + "we lost no more orders.");
        expect(bq, behavioral, "situation", true,
                "In my previous company, the payment service was going down every night because of a memory "
                + "leak. I find the leak with a heap dump and I fix the cache configuration. After this, no more "
                + "outage for three months.");
        expect(bq, behavioral, "action", true,
                "In my previous company, the payment service was going down every night because of a memory "
                + "leak. I find the leak with a heap dump and I fix the cache configuration. After this, no more "
                + "outage for three months.");
        expect(bq, behavioral, "result", true,
                "In my previous company, the payment service was going down every night because of a memory "
                + "leak. I find the leak with a heap dump and I fix the cache configuration. After this, no more "
                + "outage for three months.");
        expect(bq, behavioral, "measurable_result", true,
                "In my previous company, the payment service was going down every night because of a memory "
                + "leak. I find the leak with a heap dump and I fix the cache configuration. After this, no more "
                + "outage for three months.");
        expect(bq, behavioral, "situation", false,
                "If production goes down, I would first check the dashboards, then roll back, then write a "
                + "postmortem.");
        expect(bq, behavioral, "action", false,
                "If production goes down, I would first check the dashboards, then roll back, then write a "
                + "postmortem.");
        expect(bq, behavioral, "measurable_result", true,
                "Our nightly job failed for the third night. I traced it to a schema change upstream and I added"
                + " a contract test. Since then the job has run 120 nights without a failure.");
        org.assertj.core.api.Assertions.assertThat(misses).isEmpty();
    }
}
