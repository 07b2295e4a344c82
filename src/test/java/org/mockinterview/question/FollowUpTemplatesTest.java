package org.mockinterview.question;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;
import org.mockinterview.kernel.PlannedQuestion;
import org.mockinterview.kernel.Source;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FollowUpTemplatesTest {

    private final FollowUpTemplates followUps = new FollowUpTemplates();

    private static PlannedQuestion bank(Category category, String text) {
        return new PlannedQuestion(category, text, Source.BANK, null, "x-001", "test", "r", List.of(), Difficulty.MEDIUM);
    }

    private static PlannedQuestion template(Category category, String text, String ref) {
        return new PlannedQuestion(category, text, Source.TEMPLATE, ref, null, "test", "r", List.of(), Difficulty.MEDIUM);
    }

    @Test
    void asksForTheMeasurableOutcomeWhenTheResultIsMissing() {
        assertThat(followUps.followUp(bank(Category.BEHAVIORAL, "Tell me about a failure."), "I fixed it.",
                List.of("measurable_result"))).contains("What was the measurable outcome?");
    }

    @Test
    void asksAboutTheBusinessWhenThereIsNoBusinessLink() {
        assertThat(followUps.followUp(bank(Category.BEHAVIORAL, "Tell me about a project."), "We shipped it.",
                List.of("business_impact"))).contains("What did that change for the business?");
    }

    @Test
    void asksForAnExampleAfterADefinitionWithoutOne() {
        assertThat(followUps.followUp(bank(Category.ML_FUNDAMENTALS, "What is regularization?"),
                "It penalises large weights.", List.of("concrete_example")))
                .contains("Can you give a concrete example?");
    }

    @Test
    void asksAboutConstraintsInACaseStudy() {
        assertThat(followUps.followUp(bank(Category.APPLIED_CASE_STUDY, "Design a fraud system."), "Use XGBoost.",
                List.of("names_constraints"))).contains("What latency and data constraints would change your design?");
    }

    @Test
    void namesTheProjectWhenTheQuestionWasAboutOne() {
        assertThat(followUps.followUp(template(Category.MODEL_EVALUATION,
                        "Which metric did you optimise in Card Fraud Detection?", "Card Fraud Detection"),
                "We used F1.", List.of("metric_tied_to_business")))
                .hasValueSatisfying(f -> assertThat(f).contains("Card Fraud Detection").contains("cost"));
    }

    @Test
    void aQuotedStatementOrMalformedRefIsNotUsedAsAName() {
        for (String ref : List.of("Cut fraud losses 18% with a gradient-boosted model on card…",
                "Built a churn model in Python", "Feb to")) {
            assertThat(followUps.followUp(template(Category.MODEL_EVALUATION, "Your resume says: \u201c...\u201d",
                    ref), "We used F1.", List.of("metric_tied_to_business")))
                    .as(ref).contains("What does each type of error cost the business, and how does that change your "
                            + "choice of metric?");
        }
    }

    @Test
    void aimsAtTheWeakestSpotForTheCategoryAndAsksOnlyOnce() {
        // For a case study, not clarifying the objective outweighs missing structure, whatever order the analyzer used.
        assertThat(followUps.followUp(bank(Category.APPLIED_CASE_STUDY, "Design a recommender."), "I'd use ALS.",
                List.of("structured_steps", "clarifies_objective_first")))
                .contains("Before the solution: what exactly is the objective, and how would you measure success?");
        // A hypothetical story is the behavioral answer's biggest gap: there is no real result to ask about yet.
        assertThat(followUps.followUp(bank(Category.BEHAVIORAL, "Tell me about a conflict."), "I would talk to them.",
                List.of("result", "specific_example"))).get().asString().contains("one specific time");
    }

    @Test
    void ignoresUnknownCodesAndNormalisesSpelling() {
        assertThat(followUps.followUp(bank(Category.STATISTICS_PROBABILITY, "Explain p-values."), "Probability...",
                List.of("weird_code", "Plain-Language"))).get().asString().contains("without jargon");
        assertThat(followUps.followUp(bank(Category.STATISTICS_PROBABILITY, "Explain p-values."), "Probability...",
                List.of("weird_code"))).isEmpty();
    }

    @Test
    void nothingToAskWithoutWeaknessesOrAnswer() {
        PlannedQuestion q = bank(Category.BEHAVIORAL, "Tell me about a failure.");
        assertThat(followUps.followUp(q, "A full answer.", List.of())).isEmpty();
        assertThat(followUps.followUp(q, "A full answer.", null)).isEmpty();
        assertThat(followUps.followUp(q, "  ", List.of("result"))).isEmpty();
    }

    @Test
    void neverRepeatsTheQuestionItself() {
        PlannedQuestion q = bank(Category.ML_FUNDAMENTALS, "Can you start with a precise definition?");
        assertThat(followUps.followUp(q, "Sure.", List.of("definition_first"))).isEmpty();
        // The top-priority follow-up would echo the question, so the next weakest spot is asked instead.
        assertThat(followUps.followUp(q, "Sure.", List.of("definition_first", "concrete_example")))
                .contains("Can you give a concrete example?");
    }
}
