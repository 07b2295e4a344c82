package org.mockinterview.scoring;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Definitions given second, after a sentence that names the concept ("Formally, it means …", "The idea is …"), and
 * definitions spelled the other side of the Atlantic from the question.
 */
class DefinitionShapesTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Dropout is one of those tricks everyone reaches for. Formally, it means switching off a random share of"
                    + " the units on each training step so no unit can rely on another.|What is dropout?",
            "Data augmentation is handy when labels are scarce. The idea is, you make new training examples by"
                    + " applying label-preserving changes such as flips and crops to the ones you have.|What is data"
                    + " augmentation?",
            "Normalisation is the rescaling of each feature to a common range, such as zero mean and unit variance, so no"
                    + " feature dominates the distances.|What is normalization?"})
    void aDefinitionAfterASentenceNamingTheConceptOrInAnotherSpellingCounts(String answer, String question) {
        Boolean met = analyzer.analyze(AnalysisRequest.of(answer, question, Category.ML_FUNDAMENTALS)).rubric().stream()
                .filter(r -> r.criterion().equals("definition_first")).findFirst().map(RubricItem::met).orElseThrow();
        assertThat(met).isTrue();
    }
}
