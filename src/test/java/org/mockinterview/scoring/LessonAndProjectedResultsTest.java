package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a story ends: a lesson it left is its result (STAR guidelines 4.2), an outcome only projected ("would save")
 * is none, and a level told in the present ("is down 12%") or after a long object ("brought … down from 9 to 6")
 * is one; the size of the work told last is none.
 */
class LessonAndProjectedResultsTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private AnswerAnalysis analyze(String answer) {
        return analyzer.analyze(AnalysisRequest.of(answer, "Tell me about a project that did not go to plan.",
                Category.BEHAVIORAL));
    }

    @Test
    void aLessonTheStoryLeftIsItsResult() {
        AnswerAnalysis a = analyze("At a seed-stock nursery I built a germination forecast for the growers. I joined"
                + " the tray sensors to the sowing log and fitted a survival model. The main lesson I took away was to"
                + " ask the growers how they would use a forecast before building one.");
        assertThat(a.star().result().present()).isTrue();
        assertThat(a.measurableResult().present()).isFalse();
    }

    @Test
    void anOutcomeOnlyProjectedIsNoResult() {
        AnswerAnalysis a = analyze("At a ferry operator I compared two fuel models for the planners. I back-tested"
                + " both on three winters of crossings and wrote up the comparison. Switching to the simpler one would"
                + " save the operator around 300k a year.");
        assertThat(a.star().result().present()).isFalse();
    }

    @Test
    void aLevelToldInThePresentOrAfterALongObjectIsAResult() {
        AnswerAnalysis present = analyze("My task was to plan how many rolls each bakery van carries. I fitted a"
                + " demand model per route and weekday and agreed a new loading rule with the drivers. Now the"
                + " leftover bread per van is down 18% and the shops order less.");
        assertThat(present.star().result().present()).isTrue();
        assertThat(present.measurableResult().present()).isTrue();

        AnswerAnalysis team = analyze("Um, the team brought the late deliveries on the coast route down"
                + " from like 7.5 to 5.9 percent that spring.");
        assertThat(team.star().result().present()).isTrue();
        assertThat(team.measurableResult().present()).isTrue();
    }

    @Test
    void aClosingSentenceThatGivesTheSizeOfTheWorkIsNoResult() {
        AnswerAnalysis a = analyze("For my thesis I worked with a regional water utility that wanted to predict pipe"
                + " bursts. I joined the pressure logs with the repair tickets and fitted a survival model per district."
                + " Overall it was 210 districts and eleven years of hourly readings.");
        assertThat(a.star().result().present()).isFalse();
    }
}
