package org.mockinterview.interview;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.Api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Retries through the API: the score change against the best earlier attempt, idempotency, the transcript and the
 * report, in progress and after completion.
 */
@QuarkusTest
class PracticeAttemptTest {

    static final String STRONG = "At a retailer our demand forecast kept over-ordering fresh produce. My task was to "
            + "cut waste before the summer season. I rebuilt the features from point-of-sale data, added weather and "
            + "holiday signals, and validated a gradient boosted model on a rolling time split. Forecast error fell "
            + "from 31% to 18% and spoilage costs dropped by $120k per quarter.";

    static JsonPath retry(String user, long interview, long question, String text, String key) {
        var r = Api.as(user);
        if (key != null) {
            r.header("Idempotency-Key", key);
        }
        return r.body(Map.of("text", text, "durationSeconds", 60)).when()
                .post("/api/v1/interviews/" + interview + "/questions/" + question + "/attempts")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void aRetryReportsTheScoreChangeAndEveryFlippedVerdict() {
        String user = "retry-" + UUID.randomUUID();
        JsonPath created = Api.createInterview(user, Map.of("categories", List.of("behavioral"),
                "questionsPerCategory", 2, "followUps", 0)).statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        long q1 = created.getLong("plan[0].id");
        long q2 = created.getLong("plan[1].id");
        int first = Api.answer(user, id, q1, Api.WEAK, UUID.randomUUID().toString()).statusCode(201)
                .extract().jsonPath().getInt("turn.analysis.score");

        // the second question has no answer yet: nothing to retry
        Api.as(user).body(Map.of("text", STRONG)).when()
                .post("/api/v1/interviews/" + id + "/questions/" + q2 + "/attempts")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://mockinterview.org/problems/not-answered-yet"));

        String key = UUID.randomUUID().toString();
        JsonPath attempt = retry(user, id, q1, STRONG, key);
        assertThat(attempt.getInt("attempt.number")).isEqualTo(2);
        assertThat(attempt.getInt("previousBest.attempt")).isEqualTo(1);
        assertThat(attempt.getInt("previousBest.score")).isEqualTo(first);
        int second = attempt.getInt("analysis.score");
        assertThat(second).isGreaterThan(first);
        assertThat(attempt.getInt("delta.score")).isEqualTo(second - first);
        List<Map<String, Object>> criteria = attempt.getList("delta.criteria");
        assertThat(criteria).isNotEmpty().allSatisfy(c -> assertThat(c.get("before")).isNotEqualTo(c.get("after")));
        assertThat(criteria).anySatisfy(c -> {
            assertThat(c.get("criterion")).isEqualTo("star.result");
            assertThat(c.get("after")).isEqualTo(true);
        });

        // the same key and body replay the first reply; another body under that key is refused
        JsonPath replay = retry(user, id, q1, STRONG, key);
        assertThat(replay.getLong("attempt.id")).isEqualTo(attempt.getLong("attempt.id"));
        Api.as(user).header("Idempotency-Key", key).body(Map.of("text", "something else entirely")).when()
                .post("/api/v1/interviews/" + id + "/questions/" + q1 + "/attempts")
                .then().statusCode(422).body("type", equalTo("https://mockinterview.org/problems/idempotency-key-reused"));
        // a key of the answers endpoint is not a retry's key
        String answerKey = UUID.randomUUID().toString();
        Api.answer(user, id, q2, Api.GOOD, answerKey).statusCode(201);
        Api.as(user).header("Idempotency-Key", answerKey).body(Map.of("text", Api.GOOD, "durationSeconds", 30)).when()
                .post("/api/v1/interviews/" + id + "/questions/" + q2 + "/attempts").then().statusCode(422);

        // after completion retries still work, and a weaker one is compared with the best so far
        Api.as(user).when().post("/api/v1/interviews/" + id + "/complete").then().statusCode(200);
        JsonPath third = retry(user, id, q1, Api.WEAK + " Still not sure.", null);
        assertThat(third.getInt("attempt.number")).isEqualTo(3);
        assertThat(third.getInt("previousBest.attempt")).isEqualTo(2);
        assertThat(third.getInt("delta.score")).isEqualTo(third.getInt("analysis.score") - second);

        JsonPath report = Api.as(user).when().get("/api/v1/interviews/" + id + "/report").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> row = report.getMap("questions.find { it.questionId == " + q1 + " }");
        assertThat(row).containsEntry("firstScore", first).containsEntry("bestScore", second)
                .containsEntry("bestAttempt", 2).containsEntry("attempts", 3);
        assertThat(report.getInt("categories[0].score")).as("the report keeps first scores").isLessThan(second);

        JsonPath transcript = Api.as(user).when().get("/api/v1/interviews/" + id + "/transcript").then()
                .statusCode(200).extract().jsonPath();
        assertThat(transcript.getList("entries[0].attempts.number", Integer.class)).containsExactly(2, 3);
        Api.as(user).accept("text/markdown").when().get("/api/v1/interviews/" + id + "/transcript").then()
                .statusCode(200).body(containsString("**Attempt 2:** " + STRONG))
                .body(containsString("**Attempt 3:**"));
        Api.as(user).accept("text/plain").when().get("/api/v1/interviews/" + id + "/transcript").then()
                .statusCode(200).body(containsString("Attempt 2: " + STRONG));
    }

    @Test
    void aQuestionOfAnotherInterviewOrUserIsNotFound() {
        String user = "retry-" + UUID.randomUUID();
        long a = Api.createInterview(user, Map.of("questionsPerCategory", 1)).statusCode(201).extract().jsonPath()
                .getLong("id");
        JsonPath b = Api.createInterview(user, Map.of("questionsPerCategory", 1)).statusCode(201).extract().jsonPath();
        long qb = b.getLong("plan[0].id");
        Api.answer(user, b.getLong("id"), qb, Api.GOOD, null).statusCode(201);
        Api.as(user).body(Map.of("text", STRONG)).when()
                .post("/api/v1/interviews/" + a + "/questions/" + qb + "/attempts")
                .then().statusCode(404).contentType("application/problem+json");
        Api.as("intruder-" + UUID.randomUUID()).body(Map.of("text", STRONG)).when()
                .post("/api/v1/interviews/" + b.getLong("id") + "/questions/" + qb + "/attempts")
                .then().statusCode(404).contentType("application/problem+json");
        Api.as(user).body(Map.of("text", " ")).when()
                .post("/api/v1/interviews/" + b.getLong("id") + "/questions/" + qb + "/attempts")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
