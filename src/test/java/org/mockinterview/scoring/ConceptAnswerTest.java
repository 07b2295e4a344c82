package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.KeyPointCoverage;
import org.mockinterview.scoring.AnswerAnalysis.Presence;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13 as a user met it: concept answers, fillers, spelling variants, paraphrased key points, no STAR noise. */
class ConceptAnswerTest {
    private static final String COMPARE = "Compare supervised, unsupervised, semi-supervised and self-supervised learning.";
    private static final String EXCELLENT = "Supervised learning learns a mapping from inputs to known labels, for"
            + " example predicting house prices from past sales. Unsupervised learning finds structure in data without"
            + " labels, such as clustering shoppers by what they buy. Semi-supervised uses a few labels plus many"
            + " unlabeled examples, like labelling a hundred support tickets and letting the model propagate labels to"
            + " ten thousand more. Self-supervised learning makes its own labels from the data, for instance BERT"
            + " predicting masked words in sentences.";
    private final AnswerAnalyzer words = new AnswerAnalyzer();

    private static RubricItem criterion(AnswerAnalysis a, String name) {
        return a.rubric().stream().filter(r -> r.criterion().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anExcellentComparisonOpensWithADefinitionAndCoversItsKeyPointsInOtherSpelling() {
        AnswerAnalysis a = words.analyze(new AnalysisRequest(EXCELLENT, COMPARE, Category.ML_FUNDAMENTALS, null,
                List.of("semi-supervised combines few labels with many unlabelled points")));
        assertThat(criterion(a, "definition_first").met()).isTrue();
        assertThat(criterion(a, "concrete_example").met()).isTrue();
        assertThat(a.keyPoints()).extracting(KeyPointCoverage::covered).containsExactly(true);
        assertThat(a.score()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void aFluentButWrongAnswerEarnsNoExampleAndHearsTheCorrectionFirst() {
        String wrong = "Sure. F1 is the simple average of precision and recall, so it sits halfway between them. For"
                + " instance, a spam filter with precision 0.8 and recall 0.2 gets an F1 of 0.5.";
        AnswerAnalysis a = words.analyze(AnalysisRequest.of(wrong, "What is the F1 score?", Category.MODEL_EVALUATION));
        assertThat(criterion(a, "concrete_example").met()).isFalse();
        assertThat(a.feedback().get(0)).startsWith("Check a fact:").contains("harmonic mean");
    }

    @Test
    void fillersAndAcknowledgementsAreNeverTheOpeningSentence() {
        String definition = "Supervised learning is learning a function from labeled input-output pairs, so the model"
                + " can predict the label of a new input.";
        for (String opener : List.of("Sure. ", "Great question. ", "So, ", "Okay, so, um. ", "Good one! Yeah. ")) {
            AnswerAnalysis a = words.analyze(AnalysisRequest.of(opener + definition, "What is supervised learning?",
                    Category.ML_FUNDAMENTALS));
            assertThat(criterion(a, "definition_first").met()).as(opener).isTrue();
            assertThat(a.feedback()).as(opener).noneMatch(f -> f.contains("one-sentence definition"));
        }
    }

    @Test
    void starDoesNotApplyToAConceptAnswer() {
        AnswerAnalysis a = words.analyze(AnalysisRequest.of(EXCELLENT, COMPARE, Category.ML_FUNDAMENTALS));
        assertThat(a.story()).isEqualTo(StoryType.NOT_A_STORY);
        for (Presence p : List.of(a.star().situation(), a.star().task(), a.star().action(), a.star().result(),
                a.measurableResult(), a.businessImpact())) {
            assertThat(p.applies()).isFalse();
            assertThat(p.present()).isFalse();
            assertThat(p.evidence()).isNull();
        }
        assertThat(a.rubric()).isNotEmpty();
    }

    @Test
    void aProjectDeepDiveKeepsItsStarParts() {
        AnswerAnalysis a = words.analyze(AnalysisRequest.of("Last year our support team was drowning in tickets, and"
                + " my task was to route them automatically. I labelled two thousand tickets with the agents and I"
                + " trained a gradient-boosted classifier on them. After the launch, first-response time fell by 35%"
                + " and we saved two agents' worth of triage.", "Explain how you would use gradient boosting for text"
                + " classification, from a project of yours.", Category.ML_FUNDAMENTALS));
        assertThat(a.star().action().applies()).isTrue();
        assertThat(a.star().action().present()).isTrue();
        assertThat(a.star().result().present()).isTrue();
    }

    @Test
    void britishAndAmericanSpellingsMatchTheSameKeyPoint() {
        for (String answer : List.of("We normalise the features and optimise the labelled data.",
                "We normalize the features and optimize the labeled data.")) {
            AnswerAnalysis a = words.analyze(new AnalysisRequest(answer, "How do you prepare features?",
                    Category.ML_FUNDAMENTALS, null, List.of("normalize features", "optimise labelled data")));
            assertThat(a.keyPoints()).as(answer).allMatch(KeyPointCoverage::covered);
        }
    }

    @Test
    void paraphrasedKeyPointsAreCoveredByMeaningAndUnrelatedOnesAreNot() {
        AnswerAnalyzer meaning = new AnswerAnalyzer(TestVectors.miniLm());
        String answer = "Overfitting happens when a model memorises the training examples, noise included, so it does"
                + " great on data it has seen and badly on new data. You can spot it when the validation error climbs"
                + " while the training error keeps falling.";
        AnswerAnalysis a = meaning.analyze(new AnalysisRequest(answer, "What is overfitting?",
                Category.ML_FUNDAMENTALS, null, List.of(
                        "the model fits noise in the training set and fails to generalise",
                        "a growing gap between training and validation error reveals it",
                        "dropout randomly disables neurons during training")));
        assertThat(a.keyPoints()).extracting(KeyPointCoverage::covered).containsExactly(true, true, false);
        assertThat(a.keyPoints().get(0).matchedBy()).isNotNull();
    }

    @Test
    void analysesStoredBeforeAppliesExistedStillApply() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        Presence old = json.readValue("{\"present\":true,\"evidence\":\"x\"}", Presence.class);
        assertThat(old.applies()).isTrue();
        assertThat(json.readValue(json.writeValueAsString(Presence.NOT_APPLICABLE), Presence.class).applies()).isFalse();
        AnswerAnalysis a = words.analyze(AnalysisRequest.of(EXCELLENT, COMPARE, Category.ML_FUNDAMENTALS));
        assertThat(json.readValue(json.writeValueAsString(a), AnswerAnalysis.class)).isEqualTo(a);
    }
}
