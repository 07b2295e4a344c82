package org.mockinterview.scoring;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.TestTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The stateless analysis endpoint: a full analysis for a good answer, field-named 400s for bad input.
 */
@QuarkusTest
class AnswerAnalysisResourceTest {

    private static final String STAR = "Last year at a payments company our fraud model flagged too many good "
            + "customers. I was asked to cut false positives without missing more fraud. I rebuilt the features, "
            + "retrained a gradient boosted model and ran an A/B test against the old rules. False positives "
            + "dropped by 35%, which saved about $400k a year in manual review costs.";

    @Test
    void analysesABehavioralAnswerWithEvidence() {
        given().header("Authorization", TestTokens.bearer("analyst"))
                .contentType(ContentType.JSON)
                .body(Map.of("answer", STAR, "question", "Tell me about a time you improved a model in production.",
                        "durationSeconds", 40))
                .when().post("/api/v1/answer-analyses")
                .then().statusCode(200)
                .body("category", equalTo("behavioral"))
                .body("story", equalTo("specific"))
                .body("star.result.present", equalTo(true))
                .body("measurableResult.present", equalTo(true))
                .body("ownership.firstPerson", equalTo(true))
                .body("delivery.wordsPerMinute", notNullValue())
                .body("engine.name", notNullValue())
                .body("feedback.size()", lessThanOrEqualTo(3));
    }

    @Test
    void aConceptAnswerShowsNoStarPartsAndAnOutline() {
        given().header("Authorization", TestTokens.bearer("analyst"))
                .contentType(ContentType.JSON)
                .body(Map.of("answer", "Sure. Overfitting is when a model learns the noise in its training data, so"
                        + " it does well there and badly on new data.", "question", "What is overfitting?",
                        "category", "ml_fundamentals"))
                .when().post("/api/v1/answer-analyses")
                .then().statusCode(200)
                .body("story", equalTo("not_a_story"))
                .body("star.situation.applies", equalTo(false))
                .body("star.situation.present", equalTo(false))
                .body("measurableResult.applies", equalTo(false))
                .body("rubric.find { it.criterion == 'definition_first' }.met", equalTo(true))
                .body("followUp.target", equalTo("concrete_example"))
                .body("strongerAnswer.source", equalTo("rules"))
                .body("strongerAnswer.outline[0].part", equalTo("definition"))
                .body("strongerAnswer.outline[0].fromAnswer", equalTo(true));
    }

    @Test
    void gibberishScoresAtMostTenWithItsReason() {
        given().header("Authorization", TestTokens.bearer("analyst"))
                .contentType(ContentType.JSON)
                .body(Map.of("answer", "sdkfj weoiru xcmvn qpwoe lkjdf mnbvc", "question",
                        "What does a p-value tell you?", "category", "statistics_probability"))
                .when().post("/api/v1/answer-analyses")
                .then().statusCode(200)
                .body("score", lessThanOrEqualTo(10))
                .body("nonAnswer.reason", equalTo("gibberish"))
                .body("story", equalTo("non_answer"));
    }

    @jakarta.inject.Inject
    org.mockinterview.question.QuestionBank bank;

    @Test
    void bankQuestionGetsKeyPointCoverage() {
        var question = bank.byCategory(org.mockinterview.kernel.Category.ML_FUNDAMENTALS).get(0);
        given().header("Authorization", TestTokens.bearer("analyst"))
                .contentType(ContentType.JSON)
                .body(Map.of("answer", "It is a way to " + question.keyPoints().get(0) + ", for example in churn.",
                        "question", question.text()))
                .when().post("/api/v1/answer-analyses")
                .then().statusCode(200)
                .body("keyPoints.size()", equalTo(question.keyPoints().size()))
                .body("keyPoints[0].covered", equalTo(true));
    }

    @Test
    void nonAnswerScoresNearZero() {
        given().header("Authorization", TestTokens.bearer("analyst"))
                .contentType(ContentType.JSON)
                .body(Map.of("answer", "I don't know.", "category", "ml_fundamentals"))
                .when().post("/api/v1/answer-analyses")
                .then().statusCode(200)
                .body("story", equalTo("non_answer"))
                .body("score", lessThanOrEqualTo(5));
    }

    @Test
    void badInputNamesTheField() {
        assertFieldError(Map.of("answer", ""), "answer");
        assertFieldError(Map.of("question", "What is overfitting?"), "answer");
        assertFieldError(Map.of("answer", "x".repeat(20_001)), "answer");
        assertFieldError(Map.of("answer", "An answer", "category", "astrology"), "category");
        assertFieldError(Map.of("answer", "An answer", "durationSeconds", -3), "durationSeconds");
    }

    @Test
    void anyUnicodeIsHandled() {
        given().header("Authorization", TestTokens.bearer("analyst"))
                .contentType(ContentType.JSON)
                .body(Map.of("answer", "我负责模型 🚀 \u202Eمرحبا\u0000\u0007 I built it and revenue grew 5%."))
                .when().post("/api/v1/answer-analyses")
                .then().statusCode(200).body("score", notNullValue());
    }

    private static void assertFieldError(Map<String, Object> body, String field) {
        given().header("Authorization", TestTokens.bearer("analyst"))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/answer-analyses")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://mockinterview.org/problems/validation"))
                .body("errors.field", hasItem(field));
    }
}
