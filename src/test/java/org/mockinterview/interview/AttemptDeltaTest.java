package org.mockinterview.interview;

import org.junit.jupiter.api.Test;
import org.mockinterview.interview.AttemptResult.CriterionChange;
import org.mockinterview.interview.AttemptResult.Delta;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis;
import org.mockinterview.scoring.AnswerAnalysis.KeyPointCoverage;
import org.mockinterview.scoring.AnswerAnalysis.Presence;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;
import org.mockinterview.scoring.AnswerAnalysis.Star;
import org.mockinterview.scoring.StoryType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The delta between two analyses lists exactly the verdicts that changed, with the score difference. */
class AttemptDeltaTest {

    static AnswerAnalysis analysis(int score, boolean result, Boolean tradeoff, boolean keyPoint) {
        Presence yes = new Presence(true, "x");
        Presence no = new Presence(false, null);
        return new AnswerAnalysis(Category.BEHAVIORAL, score, StoryType.SPECIFIC,
                new Star(yes, no, yes, result ? yes : no), no, no, new AnswerAnalysis.Ownership(true, "I"),
                List.of(new RubricItem("specificity", true, null, null), new RubricItem("tradeoffs", tradeoff, null,
                        null)),
                List.of(new KeyPointCoverage("time-based split", keyPoint)),
                new AnswerAnalysis.Delivery(10, 1, List.of(), 0, 0, List.of(), null), List.of(),
                new AnswerAnalysis.Engine("rules", "test"));
    }

    @Test
    void listsOnlyFlippedVerdicts() {
        Delta d = AttemptDelta.between(analysis(40, false, false, false), analysis(72, true, true, true));
        assertThat(d.score()).isEqualTo(32);
        assertThat(d.criteria()).containsExactly(
                new CriterionChange("tradeoffs", false, true),
                new CriterionChange("star.result", false, true),
                new CriterionChange("key_point: time-based split", false, true));
    }

    @Test
    void aCriterionThatStopsApplyingIsAChangeToNull() {
        Delta d = AttemptDelta.between(analysis(60, true, true, true), analysis(55, true, null, true));
        assertThat(d.score()).isEqualTo(-5);
        assertThat(d.criteria()).containsExactly(new CriterionChange("tradeoffs", true, null));
    }

    @Test
    void identicalAnalysesHaveNoChange() {
        Delta d = AttemptDelta.between(analysis(50, true, true, false), analysis(50, true, true, false));
        assertThat(d.score()).isZero();
        assertThat(d.criteria()).isEmpty();
    }
}
