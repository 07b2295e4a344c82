package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import static org.assertj.core.api.Assertions.assertThat;

/** Terse, note-like answers of experienced practitioners: signs for verbs, labels for sentences, arrows for change. */
class TersePractitionerAnswersTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private AnswerAnalysis story(String answer) {
        return analyzer.analyze(AnalysisRequest.of(answer, "Tell me about a model you improved.", Category.BEHAVIORAL));
    }

    private static Boolean met(AnswerAnalysis a, String criterion) {
        return a.rubric().stream().filter(r -> r.criterion().equals(criterion)).findFirst().map(RubricItem::met)
                .orElseThrow();
    }

    @Test
    void aDefinitionWrittenWithAnEqualsSignOrAColonOpensTheAnswer() {
        for (String answer : new String[] {
                "Data drift = the input distribution in production moving away from the one the model was trained on.",
                "Data drift: the inputs seen in production stop looking like the training data the model learned from."}) {
            AnswerAnalysis a = analyzer.analyze(AnalysisRequest.of(answer, "What is data drift?", Category.ML_FUNDAMENTALS));
            assertThat(met(a, "definition_first")).as(answer).isTrue();
        }
    }

    @Test
    void anExampleOpenedByEgOrNamedATextbookCaseCounts() {
        AnswerAnalysis a = analyzer.analyze(AnalysisRequest.of("Scaling matters for distance-based methods. E.g. k-NN"
                + " on house size in square feet and number of rooms: the square feet swamp the rooms entirely.",
                "Why does feature scaling matter?", Category.ML_FUNDAMENTALS));
        assertThat(met(a, "concrete_example")).isTrue();
    }

    @Test
    void errorsPricedInMoneyAreParticularsOfTheQuestionsScenario() {
        AnswerAnalysis a = analyzer.analyze(AnalysisRequest.of("Cost-based. FN = a missed bad loan, ~$6k written off;"
                + " FP = a good applicant declined, ~$90 of lost interest. Sweep thresholds and take the cheapest.",
                "How would you set the threshold for a loan-default model?", Category.MODEL_EVALUATION));
        assertThat(met(a, "concrete_example")).isTrue();
    }

    @Test
    void aStoryInNotesHasItsTaskStepsAndMeasuredResult() {
        AnswerAnalysis a = story("Ticket-routing model at a telecom, retrained once a year and drifting. My remit:"
                + " get misroutes down before the winter peak. I ported the features to the streaming store and"
                + " templated the weekly retrain in the scheduler. Misroutes 14% → 6%, and the support ops leads"
                + " adopted it for the peak roster.");
        assertThat(a.star().task().present()).isTrue();
        assertThat(a.star().action().present()).isTrue();
        assertThat(a.ownership().firstPerson()).isTrue();
        assertThat(a.star().result().present()).isTrue();
        assertThat(a.measurableResult().present()).isTrue();
        assertThat(a.businessImpact().present()).isTrue();
    }

    @Test
    void britishSpellingsOfStepsAreSteps() {
        AnswerAnalysis a = story("Our churn scores were stale. I modelled churn per region and parallelised the"
                + " scoring across the cluster. Scoring time went from six hours to forty minutes.");
        assertThat(a.star().action().evidence()).startsWith("I modelled churn");
    }

    @Test
    void aClauseThatDatesTheStoryIsNoStep() {
        AnswerAnalysis a = story("Before I moved into analytics, I was a planner at a parcel carrier. I ported the"
                + " route scoring to Spark and the nightly run finished two hours earlier.");
        assertThat(a.star().action().evidence()).startsWith("I ported");
    }
}
