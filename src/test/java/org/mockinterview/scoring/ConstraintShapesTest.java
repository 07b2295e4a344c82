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
    void aLagToldLengthFirstShortHistoryOrDataKeptInHouseIsAConstraint() {
        assertThat(constraints("I'd use gradient boosting. Cancellations arrive 30 to 60 days after sign-up, so the last"
                + " month is mostly unlabelled.")).isTrue();
        assertThat(constraints("First I'd pull daily visits. One thing to watch is that we only have about eighteen"
                + " months of history.")).isTrue();
        assertThat(constraints("I'd go with a gradient-boosted classifier. Member data can't leave the chain's network"
                + " under our data-protection rules, so training runs on-premise.")).isTrue();
    }

    @Test
    void aRatesBaseIsNoLoad() {
        assertThat(constraints("I'd define success as fewer cancellations per 1,000 members, then train"
                + " gradient-boosted trees on visit history.")).isFalse();
    }
}
