package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import static org.assertj.core.api.Assertions.assertThat;

/** A case study that opens by asking which outcome matters, or what success means, clarifies the objective first. */
class ObjectiveAskedFirstTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private Boolean objectiveFirst(String answer, String question) {
        return analyzer.analyze(AnalysisRequest.of(answer, question, Category.APPLIED_CASE_STUDY)).rubric().stream()
                .filter(r -> r.criterion().equals("clarifies_objective_first")).findFirst().map(RubricItem::met)
                .orElseThrow();
    }

    @Test
    void weighingOutcomesOrAskingWhatSuccessMeansBeforeAnySolutionClarifiesTheObjective() {
        assertThat(objectiveFirst("I'd agree on this first: is the point to sell more from the front page, or to give"
                + " new brands a look-in? Assuming sales per visit, I'd generate candidates from co-view embeddings"
                + " and re-rank them.", "Design a 'picked for you' row for a shop's front page.")).isTrue();
        assertThat(objectiveFirst("Um, so what does 'better' mean here, like fewer missed appointments or shorter"
                + " waits? Then I'd compare clinics that switched with ones that didn't, before and after.",
                "How would you judge a new booking process without a trial?")).isTrue();
    }

    @Test
    void theSameAskedInANonNativeWordOrderClarifiesTheObjective() {
        assertThat(objectiveFirst("First I would clarify for what the forecast is used: for the store orders or for"
                + " the staff planning, and which error is acceptable. When this is clear, I would build a gradient"
                + " boosting model on the sales history.", "We want to forecast bakery sales. How would you approach it?"))
                .isTrue();
    }

    @Test
    void askingWhichDecisionTheModelIsMeantToChangeClarifiesTheObjective() {
        assertThat(objectiveFirst("The first question I'd ask is what decision the model is meant to change: the price"
                + " quoted, or only which quotes an underwriter looks at. Then I'd fit a GLM on the claims history.",
                "A broker wants machine learning to price cargo policies. How would you approach it?")).isTrue();
    }

    @Test
    void aQuestionAboutAConstraintOrOneAskedAfterTheSolutionIsNot() {
        assertThat(objectiveFirst("What's our latency budget, 50 or 100 ms? I'd use a two-tower model and cache the"
                + " item vectors.", "Design a 'picked for you' row for a shop's front page.")).isFalse();
        assertThat(objectiveFirst("I'd train a gradient-boosted model on past bookings. Do we care more about"
                + " missed appointments or waits?", "How would you judge a new booking process?")).isFalse();
    }

    @Test
    void askingWhatTheWorkIsForClarifiesTheObjectiveEvenWhenItNamesTheModel() {
        assertThat(objectiveFirst("Before anything else, I'd ask what the score is supposed to decide. Then I'd"
                + " train a gradient-boosted classifier on past transfers.", "Design fraud scoring for instant transfers."))
                .isTrue();
        assertThat(objectiveFirst("First I'd pin down what the labels are for. For the model itself"
                + " I'd fine-tune a small transformer.", "Design automatic tagging for support tickets.")).isTrue();
        assertThat(objectiveFirst("My first question is what precision the team actually needs. Then a"
                + " classifier on the contract text.", "Design a contract classifier.")).isTrue();
    }
}
