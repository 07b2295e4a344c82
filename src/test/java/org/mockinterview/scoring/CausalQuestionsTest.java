package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Causal questions recognised by meaning when their words give no cue, and other statistics questions left alone. */
class CausalQuestionsTest {
    private static boolean causal(String question, SentenceVectors vectors) {
        return CausalQuestions.causal(question, Segment.normalise(question), vectors);
    }

    @Test
    void aCausalQuestionWithoutCausalWordsIsRecognisedByMeaning() {
        String q = "Neighbourhoods that got new parks also saw crime go down. Is that evidence the parks worked?";
        assertThat(causal(q, SentenceVectors.NONE)).as("no cue word: words alone miss it").isFalse();
        assertThat(causal(q, TestVectors.miniLm())).isTrue();
    }

    @Test
    void otherStatisticsQuestionsStayOutOfScope() {
        for (String q : new String[] {"How would you explain a confidence interval to a manager?",
                "What is the law of large numbers?", "How many users do we need for our A/B test?",
                "When would you use a median instead of a mean?"}) {
            assertThat(causal(q, TestVectors.miniLm())).as(q).isFalse();
        }
    }

    @Test
    void theWordsStillDecideWithoutAModel() {
        assertThat(causal("Does coffee cause insomnia, or is it just correlated?", SentenceVectors.NONE)).isTrue();
    }
}
