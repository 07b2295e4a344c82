package org.mockinterview.ai;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan guardrail: categories and quotas come from code; bad items are dropped and reported. */
class PlanValidatorTest {

    private static final Map<Category, Integer> QUOTAS = new LinkedHashMap<>(Map.of(
            Category.ML_FUNDAMENTALS, 2, Category.BEHAVIORAL, 1));

    @Test
    void exactReplyIsAcceptedWithoutProblems() {
        GeneratedPlan reply = plan(
                "ml_fundamentals", "How does dropout regularise a network?",
                "ML_FUNDAMENTALS", "Why does batch norm speed up training?",
                "behavioral", "Tell me about a time FraudShield missed a fraud wave.");
        PlanValidator.Outcome out = PlanValidator.validate(reply, QUOTAS, Set.of(), Map.of());
        assertThat(out.problems()).isEmpty();
        assertThat(out.missing(QUOTAS)).isZero();
        assertThat(out.accepted().get(Category.ML_FUNDAMENTALS)).hasSize(2);
    }

    @Test
    void unknownCategoriesExtrasDuplicatesAndBlanksAreDroppedAndReported() {
        GeneratedPlan reply = plan(
                "cats", "What is your favourite cat breed?",
                "behavioral", "Tell me about a conflict you resolved.",
                "behavioral", "Tell me about a failure you learned from.",
                "ml_fundamentals", "",
                "ml_fundamentals", "What is the bias-variance trade-off?",
                "ml_fundamentals", "What is the bias variance trade off",
                "ml_fundamentals", "Email [EMAIL] about the gradient boosting role?");
        PlanValidator.Outcome out = PlanValidator.validate(reply, QUOTAS,
                Set.of("Tell me about a conflict you resolved!"), Map.of());
        assertThat(out.accepted().get(Category.BEHAVIORAL)).extracting(GeneratedQuestion::text)
                .containsExactly("Tell me about a failure you learned from.");
        assertThat(out.accepted().get(Category.ML_FUNDAMENTALS)).extracting(GeneratedQuestion::text)
                .containsExactly("What is the bias-variance trade-off?");
        assertThat(out.missing(QUOTAS)).isEqualTo(1);
        assertThat(out.problems()).contains("category \"cats\" was not requested", "ml_fundamentals needs 1 more question(s)");
        assertThat(String.join("|", out.problems())).contains("repeated", "placeholder", "empty");
    }

    @Test
    void earlierAcceptedQuestionsAreKeptAndCountTowardsTheQuota() {
        Map<Category, List<GeneratedQuestion>> previous = Map.of(Category.BEHAVIORAL, List.of(
                new GeneratedQuestion(Category.BEHAVIORAL, "Tell me about a failure you learned from.", null, null)));
        GeneratedPlan reply = plan("behavioral", "Tell me about a deadline you missed and why.",
                "ml_fundamentals", "How does dropout regularise a network?",
                "ml_fundamentals", "Why does batch norm speed up training?");
        PlanValidator.Outcome out = PlanValidator.validate(reply, QUOTAS, Set.of(), previous);
        assertThat(out.accepted().get(Category.BEHAVIORAL)).extracting(GeneratedQuestion::text)
                .containsExactly("Tell me about a failure you learned from.");
        assertThat(out.missing(QUOTAS)).isZero();
    }

    @Test
    void anEmptyReplyIsReportedAsSuch() {
        PlanValidator.Outcome out = PlanValidator.validate(new GeneratedPlan(List.of()), QUOTAS, Set.of(), Map.of());
        assertThat(out.accepted()).isEmpty();
        assertThat(out.missing(QUOTAS)).isEqualTo(3);
        assertThat(out.problems()).first().isEqualTo("the reply had no questions");
    }

    /** A parsed reply from category and text pairs. */
    static GeneratedPlan plan(String... categoryTextPairs) {
        List<GeneratedPlan.Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < categoryTextPairs.length; i += 2) {
            items.add(new GeneratedPlan.Item(categoryTextPairs[i], categoryTextPairs[i + 1], "FraudShield", "null"));
        }
        return new GeneratedPlan(items);
    }
}
