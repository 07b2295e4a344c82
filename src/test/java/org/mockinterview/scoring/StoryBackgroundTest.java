package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a story tells before its steps: where the candidate worked, what had already happened, why someone wanted
 * something, and a case only supposed. None of these is a step or a result.
 */
class StoryBackgroundTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private AnswerAnalysis analyze(String answer) {
        return analyzer.analyze(AnalysisRequest.of(answer, "Tell me about a result you are proud of.",
                Category.BEHAVIORAL));
    }

    @Test
    void workingForAnEmployerSetsTheSceneAndIsNoStep() {
        AnswerAnalysis a = analyze("In 2022 I work for a ferry company, and the harbour office kept changing"
                + " the timetable without warning. My task was to warn passengers earlier. I built a feed that"
                + " compares the timetable every hour.");
        assertThat(a.star().situation().present()).isTrue();
        assertThat(a.star().situation().evidence()).contains("ferry company");
        assertThat(a.star().action().evidence()).contains("built a feed");
    }

    @Test
    void whatHadAlreadyChangedBeforeTheStepsIsTheSceneNotTheResult() {
        AnswerAnalysis a = analyze("Before the spring fair our bakery's online orders were flat, even though our"
                + " newsletter list had doubled. We needed to know who actually ordered. We matched orders to"
                + " newsletter clicks and sent two offers to the most active readers. Online orders for the fair"
                + " were up 18% on the year before.");
        assertThat(a.star().situation().evidence()).contains("had doubled");
        assertThat(a.star().result().evidence()).contains("were up 18%");
        assertThat(a.measurableResult().evidence()).contains("were up 18%");
    }

    @Test
    void aReasonSomeoneGaveIsNoResultToldFirst() {
        AnswerAnalysis a = analyze("Quiz app, new hint pricing. The owner wanted to keep it on day two because"
                + " revenue per player was up 7%. I needed to stop a decision on a two-day spike. I plotted the"
                + " daily cohorts and showed the lift shrinking every day.");
        assertThat(a.star().result().present()).isFalse();
        assertThat(a.measurableResult().present()).isFalse();
    }

    @Test
    void aCaseOnlySupposedSetsNoScene() {
        AnswerAnalysis a = analyze("Um, so if that kind of ticket came in, like if the warehouse lead asked me for"
                + " a pick-path plan, I'd probably ask what they want to shorten first and then I'd sketch a few"
                + " routes.");
        assertThat(a.star().situation().present()).isFalse();
    }
}
