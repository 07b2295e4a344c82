package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.KeyPointCoverage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bank key points answered in other words (hand-written), with MiniLM. What it can do: a close paraphrase of a point
 * is covered, an unrelated point is not. What it cannot (measured here, docs/QUALITY.md): a loose, conversational
 * paraphrase of a terse point scores 0.30–0.60 while wrong pairs score up to 0.47, so no cut-off separates them;
 * those stay uncovered rather than risk crediting points an answer never made.
 */
class KeyPointMeaningTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer(TestVectors.miniLm());

    private List<KeyPointCoverage> cover(String question, String answer, List<String> points) {
        return analyzer.analyze(new AnalysisRequest(answer, question, Category.ML_FUNDAMENTALS, null, points))
                .keyPoints();
    }

    @Test
    void aCloseParaphraseIsCoveredByMeaning() {
        List<KeyPointCoverage> k = cover("What is overfitting, and how do you detect it?",
                "Overfitting means the model learns its training set too well. You can spot it when the validation"
                        + " error climbs while the training error keeps falling.",
                List.of("a growing gap between training and validation error reveals it",
                        "dropout randomly disables neurons during training"));
        assertThat(k).extracting(KeyPointCoverage::covered).containsExactly(true, false);
        assertThat(k.get(0).matchedBy()).isEqualTo("meaning");
    }

    @Test
    void aLooseParaphraseOfATersePointIsNotCreditedAndNothingIsCreditedWrongly() {
        List<KeyPointCoverage> k = cover("Explain a p-value to a product manager. What does it not tell you?",
                "Assume the change did nothing. The p-value is how surprising our numbers would be in that world:"
                        + " the chance of a result this extreme or more. A tiny p-value makes that world hard to"
                        + " believe.",
                List.of("small p-value is evidence against the null",
                        "says nothing about effect size or practical importance"));
        assertThat(k.get(1).covered()).isFalse();
    }
}
