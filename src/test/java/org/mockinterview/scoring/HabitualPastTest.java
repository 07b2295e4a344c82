package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A habit in a real past job ("Whenever a store ran out, I would pull its log") is the episode the guidelines count
 * (their rule 0.3); the same "would" with no lived setting, or after "if I had", stays a plan.
 */
class HabitualPastTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private AnswerAnalysis analyze(String answer) {
        return analyzer.analyze(AnalysisRequest.of(answer, "Tell me about a time you won over a sceptical colleague.",
                Category.BEHAVIORAL));
    }

    @Test
    void aRecurringTriggerInAPastJobOpensAHabitWhoseStepsAreTheCandidates() {
        AnswerAnalysis a = analyze("At my first job, at a bakery chain, the shift managers never trusted the order"
                + " forecast. Whenever a store ran out of bread before noon, I would book a call with its manager and"
                + " go through the sales log with them. Over that winter the managers stopped overriding the numbers.");
        assertThat(a.story()).isEqualTo(StoryType.SPECIFIC);
        assertThat(a.star().action().present()).isTrue();
        assertThat(a.ownership().firstPerson()).isTrue();
    }

    @Test
    void aHabitToldWithIdAndAFrequencyCountsToo() {
        AnswerAnalysis a = analyze("In my last role at a water utility the leak model was mine. Field crews would"
                + " often ignore its alerts. I'd sit with each crew on a Friday. They kept the model in their daily plan.");
        assertThat(a.star().action().present()).isTrue();
        assertThat(a.ownership().firstPerson()).isTrue();
    }

    @Test
    void theSameWouldWithoutALivedSettingStaysAPlan() {
        AnswerAnalysis hypothetical = analyze("I haven't led anyone yet, but if I had a new analyst I would pair with"
                + " them on their first queries. And I'd check in every week.");
        assertThat(hypothetical.star().action().present()).isFalse();
        AnswerAnalysis generic = analyze("Whenever someone asks me for a dashboard, I would first book a call and ask"
                + " what decision it feeds.");
        assertThat(generic.star().action().present()).isFalse();
    }
}
