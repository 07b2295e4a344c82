package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is a concrete example (a case from the candidate's own work) and what is not (a model's settings); what is
 * no definition (what people use it for).
 */
class ConcreteExampleShapesTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private Boolean example(String answer, String question) {
        return analyzer.analyze(AnalysisRequest.of(answer, question, Category.ML_FUNDAMENTALS)).rubric().stream()
                .filter(r -> r.criterion().equals("concrete_example")).findFirst().map(RubricItem::met).orElseThrow();
    }

    @Test
    void theCandidatesOwnWorkplaceToldAsTheCaseIsAConcreteExample() {
        assertThat(example("Classification predicts a category and regression predicts a number. In my work at a"
                + " retailer, a classification is to predict if an order will be returned or not, and a regression"
                + " how many days until it comes back.",
                "What is the difference between classification and regression?")).isTrue();
    }

    @Test
    void aSettingAndWhatWeDidThereIsTheCandidatesOwnCase() {
        assertThat(example("Gradient boosting fits shallow trees one after another, each to the errors the trees"
                + " before it still make. At a regional dairy we used it to predict next-day milk yield per farm from"
                + " feed and weather logs, and it beat the old spreadsheet comfortably.",
                "What is gradient boosting?")).isTrue();
    }

    @Test
    void anExampleFromTheCandidatesOwnPastOrNamedProjectIsTheirCase() {
        assertThat(example("K-means puts k centres, assigns each point to the nearest one and moves each centre to the"
                + " mean of its points. For example, in the garden centre where I did my placement, I grouped"
                + " customers on visits and spend, and one group only ever came in spring.",
                "What does k-means do?")).isTrue();
        assertThat(example("Cross-validation scores a model on folds it was not trained on. For time series you"
                + " cannot shuffle, so in the ferry timetable project we use a rolling split: train on spring, test"
                + " on summer, then train on both and test on autumn.", "What is cross-validation?")).isTrue();
        // "we need" is no past step of the speaker's
        assertThat(example("Correlation alone cannot give the effect. For example, we need random assignment or a"
                + " natural experiment that moves the cause and nothing else.",
                "Why does correlation not imply causation?")).isFalse();
    }

    @Test
    void numbersSpokenAsPercentWorkedThroughAreACase() {
        assertThat(example("Accuracy counts every correct call alike. A model that flags no parcel as damaged is"
                + " right 97 percent of the time when 3 percent are damaged, and catches none of them.",
                "Why can accuracy mislead?")).isTrue();
    }

    @Test
    void theCandidatesOwnRunToldWithItsNumbersIsTheirCase() {
        assertThat(example("Cross-validation scores a model on folds it was not trained on and averages them. For"
                + " time-ordered data, on four years of ferry bookings, I trained on 2019 to 2021 and tested on 2022,"
                + " because random folds leaked the future into training.",
                "What is cross-validation?")).isTrue();
    }

    @Test
    void anErrorPricedInMoneyIsAParticularOfTheCase() {
        Boolean met = analyzer.analyze(AnalysisRequest.of("I'd start from what each mistake costs. A missed leak can"
                + " flood a street, while a false alarm sends a crew out, which is about £900 and a night shift. So I'd"
                + " favour recall at a budget of visits.", "How would you pick a metric for a pipe-leak detector?",
                Category.MODEL_EVALUATION)).rubric().stream().filter(r -> r.criterion().equals("concrete_example"))
                .findFirst().map(RubricItem::met).orElseThrow();
        assertThat(met).isTrue();
    }

    @Test
    void numbersWorkedThroughInWordsOrToAnIntervalAreAWorkedCase() {
        assertThat(example("Mean absolute error is the average size of the misses, whatever their sign. So if the model"
                + " says 80 loaves and the shop sells 95, that's 15 off for that day.",
                "What is mean absolute error?")).isTrue();
        assertThat(example("A confidence interval is a range built so that most such ranges hold the true value. For"
                + " the bus data, the mean is 12.0 min, s = 4.0 and n = 100, so the interval is 12.0 ± 1.96 · 0.4 ="
                + " [11.2, 12.8].", "What is a confidence interval?")).isTrue();
    }

    @Test
    void aModelsSettingsAreValuesNotAWorkedCase() {
        assertThat(example("Attention lets each token build its representation as a weighted average of the value"
                + " vectors of all tokens, with weights from query-key similarity. Typically there are 4 or 16 heads and"
                + " 32 dimensions per head.", "What is attention in transformers?")).isFalse();
    }

    @Test
    void whatPeopleUseItForIsNoDefinition() {
        Boolean definition = analyzer.analyze(AnalysisRequest.of("So, an embedding is what you use when you want to"
                + " feed a postcode into a network without a column per postcode. At our shop we"
                + " learned a vector per listing.", "What is an embedding?", Category.ML_FUNDAMENTALS)).rubric()
                .stream().filter(r -> r.criterion().equals("definition_first")).findFirst().map(RubricItem::met)
                .orElseThrow();
        assertThat(definition).isFalse();
    }

    @Test
    void namedModelsAfterTheDefinitionAreInstancesEvenWithSuchAs() {
        assertThat(example("Dropout switches off a random share of a network's units at each training step, so no unit"
                + " can rely on another. That is why vision networks such as VGG used it heavily in their dense layers.",
                "What is dropout?")).isTrue();
    }

    @Test
    void aFormulaAndItsConstantsAreNoCaseButNumbersPluggedInToAnOutcomeAre() {
        String q = "What is statistical power?";
        assertThat(example("Power is 1 − β, the chance of rejecting H0 when H1 is true. It depends on α, the effect"
                + " size d and n. In planning you fix α = 0.05 and a target of 0.8 and solve for n.", q)).isFalse();
        assertThat(example("Power is 1 − β, the chance of rejecting H0 when H1 is true. With α = 0.05 and an effect of"
                + " d = 0.3 you need about 175 people per group for 80% power.", q)).isTrue();
    }
}
