package org.mockinterview.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.FillerCount;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryAndCategoryTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    @Test
    void fillersHedgesAndPace() {
        String answer = "Um, so I think maybe the model was, like, overfitting. I like this model though, and it"
                + " looks like a tree. Uh, you know, it was kind of basically probably noise.";
        AnswerAnalysis a = analyzer.analyze(new AnalysisRequest(answer, "What is overfitting?",
                Category.ML_FUNDAMENTALS, 15, null));
        List<FillerCount> fillers = a.delivery().fillerWords();
        assertThat(fillers).contains(new FillerCount("like", 1), new FillerCount("um", 1), new FillerCount("uh", 1),
                new FillerCount("basically", 1), new FillerCount("you know", 1));
        assertThat(a.delivery().hedges()).isGreaterThanOrEqualTo(4);
        assertThat(a.delivery().wordsPerMinute()).isEqualTo(Math.round(a.delivery().words() * 4f));
        assertThat(a.delivery().fillerRate()).isGreaterThan(0.1);
    }

    @Test
    void noDurationMeansNoPace() {
        AnswerAnalysis a = analyzer.analyze(AnalysisRequest.of("A p-value is the probability of seeing data this"
                + " extreme if the null hypothesis is true.", "What is a p-value?", Category.STATISTICS_PROBABILITY));
        assertThat(a.delivery().wordsPerMinute()).isNull();
        assertThat(a.delivery().jargonTerms()).contains("null hypothesis");
    }

    @Test
    void categoryIsInferredFromTheQuestion() {
        assertThat(CategoryClassifier.classify("Tell me about a time you disagreed with your manager."))
                .isEqualTo(Category.BEHAVIORAL);
        assertThat(CategoryClassifier.classify("Describe p-values in layman's terms.")).isEqualTo(Category.STATISTICS_PROBABILITY);
        assertThat(CategoryClassifier.classify("When is AU PR better than AU ROC?")).isEqualTo(Category.MODEL_EVALUATION);
        assertThat(CategoryClassifier.classify("Design a fraud detection system for a bank.")).isEqualTo(Category.APPLIED_CASE_STUDY);
        assertThat(CategoryClassifier.classify("What is the bias-variance trade-off?")).isEqualTo(Category.ML_FUNDAMENTALS);
        assertThat(CategoryClassifier.classify("Which achievement from your last role are you proudest of?"))
                .isEqualTo(Category.BEHAVIORAL);
        AnswerAnalysis a = analyzer.analyze(new AnalysisRequest("Regularization adds a penalty on weight size to the"
                + " loss so the model prefers simpler fits.", "What is regularization?", null, null, null));
        assertThat(a.category()).isEqualTo(Category.ML_FUNDAMENTALS);
    }

    @Test
    void keyPointsAreReportedOnlyWhenGiven() {
        String answer = "Gradient descent moves the weights a small step against the gradient of the loss, with the"
                + " learning rate setting the step size.";
        AnswerAnalysis without = analyzer.analyze(AnalysisRequest.of(answer, "What is gradient descent?",
                Category.ML_FUNDAMENTALS));
        assertThat(without.keyPoints()).isNull();
        AnswerAnalysis with = analyzer.analyze(new AnalysisRequest(answer, "What is gradient descent?",
                Category.ML_FUNDAMENTALS, null, List.of("learning rate controls step size", "momentum")));
        assertThat(with.keyPoints()).extracting(AnswerAnalysis.KeyPointCoverage::covered).containsExactly(true, false);
    }

    @Test
    void serialisesToTheDocumentedShape() throws Exception {
        AnswerAnalysis a = analyzer.analyze(AnalysisRequest.of("I don't know.", "Tell me about a time you failed.",
                null));
        JsonNode json = new ObjectMapper().valueToTree(a);
        assertThat(json.get("category").asText()).isEqualTo("behavioral");
        assertThat(json.get("story").asText()).isEqualTo("non_answer");
        assertThat(json.at("/star/situation/present").asBoolean()).isFalse();
        assertThat(json.at("/star/situation/evidence").isNull()).isTrue();
        assertThat(json.has("keyPoints")).isFalse();
        assertThat(json.at("/engine/name").asText()).isEqualTo("rules");
        assertThat(json.at("/delivery/fillerWords").isArray()).isTrue();
        assertThat(json.get("rubric").isArray()).isTrue();
    }

    @Test
    void sentenceSplittingFollowsTheGuidelines() {
        List<Segment> s = TextSplitter.sentences("AUC rose to 0.93 (e.g. on the test set. really) today... Next,"
                + " we shipped it! Done\n- bullet one\n- bullet two");
        assertThat(s).extracting(Segment::text).containsExactly("AUC rose to 0.93 (e.g. on the test set. really) today...",
                "Next, we shipped it!", "Done", "bullet one", "bullet two");
    }
}
