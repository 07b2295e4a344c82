package org.mockinterview.story;

import java.util.List;

/**
 * A small hand-written, labelled set of behavioral stories for the theme classifier: six per theme, a few with two
 * themes, and a few with none of the five. Written for this test (not taken from any evaluation set); the rules
 * were written with these stories in view, so the figure it gives is a training-set figure, not a held-out one.
 */
final class StoryThemeCases {

    record Case(String text, List<String> themes) {
    }

    private StoryThemeCases() {
    }

    static final List<Case> ALL = List.of(
            // technical_disagreement
            new Case("Our tech lead wanted to replace the ranking model with a deep network. I disagreed because we "
                    + "had only 40k labelled sessions. I proposed a bake-off on the same holdout week and we compared "
                    + "both. The gradient boosted model won by two points of NDCG and we kept it.",
                    List.of("technical_disagreement")),
            new Case("A senior engineer insisted on computing features in the nightly batch job, while I argued for "
                    + "streaming them because fraud patterns change within hours. We wrote down the latency and cost "
                    + "of each option and agreed on a hybrid. Fraud losses fell 9% the next quarter.",
                    List.of("technical_disagreement")),
            new Case("In a code review a colleague pushed back on my use of target encoding, saying it would leak. "
                    + "I did not agree at first, so I rebuilt it with out-of-fold encoding and showed him both "
                    + "validation curves. He was right about the leak in one column and we fixed it together.",
                    List.of("technical_disagreement")),
            new Case("The platform team and I had different opinions about whether to retrain weekly or on drift "
                    + "alerts. I set up a two-month replay of both policies. Retraining on alerts used 60% less compute "
                    + "with the same accuracy, and the team adopted it.",
                    List.of("technical_disagreement")),
            new Case("My manager wanted to launch the pricing test with a 50/50 split across all regions. I challenged "
                    + "the design because two regions had very little traffic, and suggested a staggered rollout. We "
                    + "debated it in the planning meeting and went with my plan; the test reached significance in "
                    + "three weeks.", List.of("technical_disagreement")),
            new Case("Two of us disagreed on whether to impute missing income values or drop those rows. I ran both "
                    + "and showed that dropping them removed most young applicants. We imputed with a flag column and "
                    + "approval accuracy for that group rose 6 points.",
                    List.of("technical_disagreement", "messy_data")),
            // failed_model
            new Case("I built a churn model that looked great offline, AUC 0.89, but in production it flagged the "
                    + "wrong customers and the retention campaign had no lift. The post-mortem showed that a feature "
                    + "was computed after the cancellation date. I removed it, retrained, and the next campaign cut "
                    + "churn by 3%.", List.of("failed_model")),
            new Case("Our demand forecast degraded badly after a supplier changed how they shipped. I found the drift "
                    + "through our weekly error dashboard, rolled back to the seasonal baseline, and rebuilt the model "
                    + "with the new lead times. Forecast error returned to 12% within a month.",
                    List.of("failed_model")),
            new Case("The recommender I shipped performed worse than the old popularity heuristic in the A/B test. "
                    + "I dug in and saw it overfit to a few heavy users. I added per-user caps and regularisation, "
                    + "reran the test, and it beat the heuristic by 4% in click-through.",
                    List.of("failed_model")),
            new Case("It was my mistake: I reported a 15% uplift to the team before noticing that the control group "
                    + "included bots. I told my manager the same day, corrected the analysis, and the real uplift was "
                    + "4%. Since then I run a bot filter before every readout.", List.of("failed_model")),
            new Case("A fraud classifier I owned missed a new attack pattern and recall dropped from 0.8 to 0.5 in "
                    + "two days. I added monitoring on the score distribution, retrained on the fresh cases, and "
                    + "recall recovered to 0.78 within the week.", List.of("failed_model")),
            new Case("Our lead-scoring model failed after launch because sales reps ignored it; the scores were "
                    + "right but nobody understood them. I added the top three reasons next to each score, using SHAP, "
                    + "and adoption went from 20% to 70% of reps.",
                    List.of("failed_model", "accuracy_vs_interpretability")),
            // messy_data
            new Case("The claims data I inherited was messy: duplicated claim ids, dates in three formats and free-text "
                    + "diagnosis codes. I wrote validation checks, deduplicated on a composite key and mapped the codes "
                    + "to a standard list. The cleaned table cut manual review time by half.", List.of("messy_data")),
            new Case("Sensor readings from the factory had long gaps and obvious outliers whenever a machine "
                    + "restarted. I built a cleaning step that detected restarts and interpolated short gaps only. "
                    + "The anomaly detector's false alarms dropped from 40 a day to 6.", List.of("messy_data")),
            new Case("Two source systems reported different customer counts because one kept closed accounts. I traced "
                    + "the mismatch to a join on a recycled id, fixed the join, and documented a data contract with "
                    + "the upstream team so it would not happen again.", List.of("messy_data")),
            new Case("We had no labels for the support tickets I needed to classify, and the few we had were noisy "
                    + "labels from an old tagging tool. I relabelled 2,000 tickets with two annotators, measured their "
                    + "agreement, and trained on the clean set; routing accuracy reached 88%.", List.of("messy_data")),
            new Case("Halfway through a project the upstream schema changed and half the timestamps were in local time. "
                    + "I caught it because daily volumes looked shifted, normalised everything to UTC and added a "
                    + "check on the timezone field in the pipeline.", List.of("messy_data")),
            new Case("The survey spreadsheets had inconsistent column names across years and typos in every free-text "
                    + "field. I built a mapping table, standardised the answers and flagged the rows I could not fix. "
                    + "The analysis could finally compare five years instead of one.", List.of("messy_data")),
            // stakeholder_communication
            new Case("The marketing director expected the model to predict exactly who would buy. I explained to her "
                    + "team, with a simple chart, that it ranks customers by likelihood and what a 3x lift means for "
                    + "their budget. They reset their expectations and planned the campaign around the top decile.",
                    List.of("stakeholder_communication")),
            new Case("I had to present uncertain results of a price test to executives. Instead of a p-value I showed "
                    + "the range of likely revenue outcomes in plain language. They chose to extend the test two weeks "
                    + "rather than launch, which avoided a costly mistake.", List.of("stakeholder_communication")),
            new Case("A product manager asked for 'an AI for onboarding' with no clearer goal. I held three short "
                    + "meetings with her and the support lead to find the real need, which was predicting who would "
                    + "get stuck. We agreed on one metric and shipped a simple score in six weeks.",
                    List.of("stakeholder_communication")),
            new Case("The operations team did not trust the routing forecast. I walked them through how it was built, "
                    + "using their own examples from last month, and set up a weekly update with the error numbers. "
                    + "After a month they used it to plan staffing.", List.of("stakeholder_communication")),
            new Case("Clinicians kept asking why the readmission risk score changed from day to day. I wrote a "
                    + "one-page explanation without jargon and ran a short workshop on the ward. Questions dropped and "
                    + "the nurses started using the score in discharge planning.",
                    List.of("stakeholder_communication")),
            new Case("Finance leadership wanted a single number for next year's churn. I explained to them why a "
                    + "range was more honest and showed three scenarios. The CFO adopted the scenario format for the "
                    + "board deck.", List.of("stakeholder_communication")),
            // accuracy_vs_interpretability
            new Case("For credit decisions we could have used a gradient boosted model with slightly better AUC, but "
                    + "regulators require reason codes for every decline. I chose a scorecard built on logistic "
                    + "regression, lost 0.01 AUC, and passed the audit on the first review.",
                    List.of("accuracy_vs_interpretability")),
            new Case("The deep model was 2 points more accurate, but nobody could say why it flagged an invoice. I "
                    + "proposed a simpler model with monotonic constraints plus SHAP explanations. The auditors "
                    + "accepted it and reviewers trusted the flags enough to act on them.",
                    List.of("accuracy_vs_interpretability")),
            new Case("I argued against a black-box ensemble for the insurance pricing model because underwriters had "
                    + "to defend each price. A GAM kept 97% of the accuracy while every feature's effect stayed "
                    + "visible, and the compliance team signed off in a week.",
                    List.of("accuracy_vs_interpretability")),
            new Case("Feature importance on our hiring-screen model showed it leaned on the applicant's zip code. We "
                    + "dropped the feature and accepted a small loss in accuracy to keep the model explainable and "
                    + "fair; the model went live with legal's approval.",
                    List.of("accuracy_vs_interpretability")),
            new Case("We traded some accuracy for transparency in the loan model: a shallow decision tree instead of "
                    + "a neural network, so branch staff could explain decisions to customers. Complaints about "
                    + "unexplained declines fell by a third.", List.of("accuracy_vs_interpretability")),
            new Case("Doctors would not use a risk model they could not interpret. I compared an interpretable "
                    + "additive model against XGBoost, found the gap was under one point of recall, and shipped the "
                    + "interpretable one with per-patient explanations.",
                    List.of("accuracy_vs_interpretability")),
            // none of the five
            new Case("I mentored a new analyst on our team. We paired every morning for two weeks on SQL and "
                    + "experiment design, and she shipped her first analysis on her own in her second month.",
                    List.of()),
            new Case("I had three weeks to learn time-series forecasting for a new project. I took a short course, "
                    + "reproduced two papers on our data, and delivered a forecast that beat the naive baseline by 20%.",
                    List.of()),
            new Case("I introduced code review and a shared feature store to our team of five. Within a quarter we "
                    + "reused features across four projects and cut the time to a first model from weeks to days.",
                    List.of()));
}
