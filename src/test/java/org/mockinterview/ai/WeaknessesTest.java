package org.mockinterview.ai;

import org.junit.jupiter.api.Test;
import org.mockinterview.coach.Weaknesses;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnalysisRequest;
import org.mockinterview.scoring.AnswerAnalysis.Presence;
import org.mockinterview.scoring.AnswerAnalysis;
import org.mockinterview.scoring.AnswerAnalyzer;
import org.mockinterview.scoring.StoryType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Weakness codes for follow-ups, weakest first; empty when nothing is worth probing. */
class WeaknessesTest {

    private static final Presence YES = new Presence(true, "x");
    private static final Presence NO = new Presence(false, null);

    static AnswerAnalysis behavioral(StoryType story, Presence s, Presence t, Presence a, Presence r,
            Presence measurable, Presence impact, boolean firstPerson) {
        return new AnswerAnalysis(Category.BEHAVIORAL, 50, story, new AnswerAnalysis.Star(s, t, a, r), measurable,
                impact, new AnswerAnalysis.Ownership(firstPerson, null),
                List.of(new AnswerAnalysis.RubricItem("star_complete", false, null, "all four"),
                        new AnswerAnalysis.RubricItem("measurable_result", measurable.present(), null, null),
                        new AnswerAnalysis.RubricItem("business_impact", impact.present(), null, null)),
                null, null, List.of(), AnswerAnalyzer.ENGINE);
    }

    @Test
    void hypotheticalStoryAsksForASpecificExampleFirst() {
        assertThat(Weaknesses.of(behavioral(StoryType.HYPOTHETICAL, NO, NO, NO, NO, NO, NO, false)))
                .containsExactly("specific_example", "action", "result", "measurable_result", "ownership",
                        "business_impact", "task", "situation");
    }

    @Test
    void specificStoryMissingOnlyTheNumbers() {
        assertThat(Weaknesses.of(behavioral(StoryType.SPECIFIC, YES, YES, YES, YES, NO, YES, true)))
                .containsExactly("measurable_result");
    }

    @Test
    void completeStoryHasNothingToProbe() {
        AnswerAnalysis a = behavioral(StoryType.SPECIFIC, YES, YES, YES, YES, YES, YES, true);
        assertThat(Weaknesses.of(a)).isEmpty();
    }

    @Test
    void knowledgeAnswersUseUnmetRubricCriteriaInRubricOrder() {
        assertThat(Weaknesses.of(AnswerFixtures.weakKnowledge())).containsExactly("definition_first",
                "concrete_example");
        assertThat(Weaknesses.of(AnswerFixtures.strongKnowledge())).isEmpty();
    }

    @Test
    void criteriaThatDoNotApplyAreNotWeaknesses() {
        AnswerAnalysis a = new AnswerAnalysis(Category.STATISTICS_PROBABILITY, 80, StoryType.SPECIFIC,
                new AnswerAnalysis.Star(NO, NO, NO, NO), NO, NO, new AnswerAnalysis.Ownership(false, null),
                List.of(new AnswerAnalysis.RubricItem("plain_language", true, "x", null),
                        new AnswerAnalysis.RubricItem("confound_mentioned", null, null, null)),
                null, null, List.of(), AnswerAnalyzer.ENGINE);
        assertThat(Weaknesses.of(a)).isEmpty();
    }

    @Test
    void nullAnalysisHasNothingToProbe() {
        assertThat(Weaknesses.of(null)).isEmpty();
    }

    @Test
    void realAnalyzerOutputOfAVagueBehavioralAnswer() {
        AnswerAnalysis a = new AnswerAnalyzer().analyze(AnalysisRequest.of(AnswerFixtures.VAGUE_ANSWER,
                AnswerFixtures.behavioral().text(), Category.BEHAVIORAL));
        assertThat(Weaknesses.of(a)).startsWith("specific_example").contains("measurable_result");
    }
}
