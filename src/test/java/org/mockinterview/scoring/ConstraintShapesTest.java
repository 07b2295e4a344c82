package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import static org.assertj.core.api.Assertions.assertThat;

/** Operating constraints named as a label lag or a population to serve, and a rate's base that is no load. */
class ConstraintShapesTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private Boolean constraints(String answer) {
        return analyzer.analyze(AnalysisRequest.of(answer, "Design a lapse-prediction system for a gym chain.",
                Category.APPLIED_CASE_STUDY)).rubric().stream().filter(r -> r.criterion().equals("names_constraints"))
                .findFirst().map(RubricItem::met).orElseThrow();
    }

    @Test
    void aLabelLagOrAPopulationToScoreIsAConstraint() {
        assertThat(constraints("We only know a member lapsed after 30 days without a visit, so labels lag by a month."
                + " Then I'd train gradient-boosted trees on visit history.")).isTrue();
        assertThat(constraints("Scores are refreshed nightly for about 2 million members. Then I'd train"
                + " gradient-boosted trees on visit history.")).isTrue();
    }

    @Test
    void aRatesBaseIsNoLoad() {
        assertThat(constraints("I'd define success as fewer cancellations per 1,000 members, then train"
                + " gradient-boosted trees on visit history.")).isFalse();
    }
}
