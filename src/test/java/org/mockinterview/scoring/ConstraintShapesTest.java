package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operating constraints named as a label lag (in either order), a population to score, a short history or data kept
 * in house; a rate's base is no load.
 */
class ConstraintShapesTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private Boolean constraints(String answer) {
        return analyzer.analyze(AnalysisRequest.of(answer, "Design a lapse-prediction system for a gym chain.",
                Category.APPLIED_CASE_STUDY)).rubric().stream().filter(r -> r.criterion().equals("names_constraints"))
                .findFirst().map(RubricItem::met).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We only know a member lapsed after 30 days without a visit, so labels lag by a month. Then I'd train"
                    + " gradient-boosted trees on visit history.",
            "Scores are refreshed nightly for about 2 million members. Then I'd train gradient-boosted trees on visit"
                    + " history.",
            "I'd use gradient boosting. Cancellations arrive 30 to 60 days after sign-up, so the last month is mostly"
                    + " unlabelled.",
            "First I'd pull daily visits. One thing to keep an eye on is that we only have about fourteen months of"
                    + " history.",
            "I'd go with a gradient-boosted classifier. Member records stay in the country under data-protection"
                    + " law, so everything runs on-premise."})
    void namesAConstraint(String answer) {
        assertThat(constraints(answer)).isTrue();
    }

    @Test
    void aRatesBaseIsNoLoad() {
        assertThat(constraints("I'd define success as fewer cancellations per 1,000 members, then train"
                + " gradient-boosted trees on visit history.")).isFalse();
    }
}
