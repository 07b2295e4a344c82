package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operating constraints named as a label lag (in either order), a population to score, a short history, data kept
 * in house, a time limit or rules in note form; a rate's base is no load, and money in a question about the goal is
 * the goal.
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
                    + " law, so everything runs on-premise.",
            "First I'd clean the visit logs. We only have about six weeks of post-relaunch check-ins, so I'd weight"
                    + " recent visits heavily.",
            "Constraints: scores must return in < 2 min for the front desk; staff regs limit calls to members. Then"
                    + " I'd train gradient-boosted trees.",
            "Item-to-item recommendations from visit history; the gym chain won't allow member profiles, so nothing"
                    + " per person.",
            "I'd go straight to gradient boosting. The visit data is member-identifiable, so it has to stay on the"
                    + " chain's own servers; we can't push it to a cloud API."})
    void namesAConstraint(String answer) {
        assertThat(constraints(answer)).isTrue();
    }

    @Test
    void moneyInAQuestionAboutWhatTheWorkIsForIsTheGoalNotALimit() {
        assertThat(constraints("I'd start by asking what the model is for: is the goal to cut members' fees or to"
                + " keep cheap off-peak classes full? Then I'd pull visit history and train gradient-boosted trees."))
                .isFalse();
    }

    @Test
    void aRatesBaseIsNoLoad() {
        assertThat(constraints("I'd define success as fewer cancellations per 1,000 members, then train"
                + " gradient-boosted trees on visit history.")).isFalse();
    }
}
