package org.mockinterview.practice;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.Api;
import org.mockinterview.platform.TestClock;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The review queue, review interviews and progress through the API, with the service's clock moved forward instead
 * of waiting; and erasing the account erases stories, retries and the schedule.
 */
@QuarkusTest
class PracticeReviewTest {

    @jakarta.inject.Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Answers the plan: weak, good, weak, then skips the rest; completes. Returns the interview id. */
    static long practise(String user) {
        JsonPath created = Api.createInterview(user, Map.of("categories", List.of("behavioral",
                "statistics_probability"), "questionsPerCategory", 2, "followUps", 0)).statusCode(201)
                .extract().jsonPath();
        long id = created.getLong("id");
        List<Long> plan = created.getList("plan.id", Long.class);
        Api.answer(user, id, plan.get(0), Api.WEAK, null).statusCode(201);
        Api.answer(user, id, plan.get(1), Api.GOOD, null).statusCode(201);
        Api.answer(user, id, plan.get(2), Api.WEAK, null).statusCode(201);
        Api.as(user).body(Map.of("questionId", plan.get(3))).when().post("/api/v1/interviews/" + id + "/skip")
                .then().statusCode(200);
        Api.as(user).when().post("/api/v1/interviews/" + id + "/complete").then().statusCode(200);
        return id;
    }

    @Test
    void answeredQuestionsAreScheduledAndDueOnesMakeAReviewInterview() {
        String user = "review-" + UUID.randomUUID();
        long id = practise(user);
        List<Map<String, Object>> queue = Api.as(user).when().get("/api/v1/practice/queue").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertThat(queue).as("the skipped question is not answered").hasSize(3)
                .allSatisfy(item -> {
                    assertThat(item.get("interviewId")).isEqualTo((int) id);
                    assertThat(item.get("due")).isEqualTo(false);
                    int best = (Integer) item.get("bestScore");
                    ReviewSchedule.Status status = ReviewSchedule.status(best);
                    assertThat(item.get("status")).isEqualTo(status.wire());
                    long days = Duration.between(OffsetDateTime.parse((String) item.get("lastAttemptAt")),
                            OffsetDateTime.parse((String) item.get("dueAt"))).toDays();
                    assertThat(days).isEqualTo(switch (status) {
                        case STRONG -> 7L;
                        case SHAKY -> 3L;
                        case WEAK -> 1L;
                    });
                });
        assertThat(queue).extracting(i -> OffsetDateTime.parse((String) i.get("dueAt"))).isSorted();
        Api.createInterview(user, Map.of("mode", "review")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mockinterview.org/problems/nothing-due"));

        clock.advance(Duration.ofDays(2));
        JsonPath later = Api.as(user).when().get("/api/v1/practice/queue").then().statusCode(200).extract()
                .jsonPath();
        List<Boolean> due = later.getList("due", Boolean.class);
        assertThat(due).contains(true);
        assertThat(due.indexOf(false) < 0 || due.lastIndexOf(true) < due.indexOf(false))
                .as("due items come first: " + due).isTrue();
        List<String> dueTexts = later.getList("findAll { it.due }.text", String.class);
        Api.as(user).when().get("/api/v1/progress").then().statusCode(200)
                .body("dueForReview", equalTo(dueTexts.size()));

        JsonPath review = Api.createInterview(user, Map.of("mode", "review", "questionsPerCategory", 1,
                "followUps", 0)).statusCode(201).body("settings.mode", equalTo("review")).extract().jsonPath();
        List<String> asked = review.getList("plan.text", String.class);
        assertThat(asked).isNotEmpty().allSatisfy(t -> assertThat(dueTexts).contains(t));
        assertThat(review.getList("plan.category", String.class)).doesNotHaveDuplicates();

        // answering it in the review interview moves the same item: it now points at the review's question
        long rid = review.getLong("id");
        long rq = review.getLong("plan[0].id");
        Api.answer(user, rid, rq, Api.GOOD, null).statusCode(201);
        JsonPath after = Api.as(user).when().get("/api/v1/practice/queue").then().extract().jsonPath();
        assertThat(after.getList("")).hasSize(3);
        Map<String, Object> moved = after.getMap("find { it.questionId == " + rq + " }");
        assertThat(moved).containsEntry("interviewId", (int) rid).containsEntry("attempts", 2)
                .containsEntry("due", false);
    }

    @Test
    void progressComesFromTheStoredAnalysesAndStartsAtZero() {
        String user = "progress-" + UUID.randomUUID();
        Api.as(user).when().get("/api/v1/progress").then().statusCode(200)
                .body("interviews", equalTo(0)).body("answered", equalTo(0)).body("dueForReview", equalTo(0))
                .body("stories.count", equalTo(0)).body("stories.missingThemes.size()", equalTo(5))
                .body("weakestCriteria.size()", equalTo(0)).body("categories.size()", equalTo(5))
                .body("categories[0].scores.size()", equalTo(0));
        Api.as(user).when().get("/api/v1/practice/queue").then().statusCode(200).body("size()", equalTo(0));

        long first = practise(user);
        long second = practise(user);
        JsonPath progress = Api.as(user).when().get("/api/v1/progress").then().statusCode(200).extract().jsonPath();
        assertThat(progress.getInt("interviews")).isEqualTo(2);
        assertThat(progress.getInt("answered")).isEqualTo(6);
        Map<String, Object> behavioral = progress.getMap("categories.find { it.category == 'behavioral' }");
        JsonPath report = Api.as(user).when().get("/api/v1/interviews/" + second + "/report").then().extract()
                .jsonPath();
        int latest = report.getInt("categories.find { it.category == 'behavioral' }.score");
        assertThat(progress.getList("categories.find { it.category == 'behavioral' }.scores.interviewId",
                Long.class)).containsExactly(first, second);
        assertThat(behavioral.get("latest")).isEqualTo(latest);
        assertThat(behavioral.get("change")).isNotNull();
        // the report's change is against the interview completed just before it
        int before = Api.as(user).when().get("/api/v1/interviews/" + first + "/report").then().extract().jsonPath()
                .getInt("categories.find { it.category == 'behavioral' }.score");
        assertThat(report.getInt("categories.find { it.category == 'behavioral' }.change")).isEqualTo(latest - before);
        List<Map<String, Object>> weakest = progress.getList("weakestCriteria");
        assertThat(weakest).isNotEmpty().hasSizeLessThanOrEqualTo(5).allSatisfy(c -> {
            assertThat(((Number) c.get("metRate")).doubleValue()).isBetween(0.0, 1.0);
            assertThat((Integer) c.get("answers")).isPositive();
        });
        assertThat(progress.getInt("stories.count")).as("the good behavioral answer is a story").isEqualTo(1);
    }

    @Test
    void erasingTheAccountErasesStoriesRetriesAndSchedule() {
        String user = "erase-" + UUID.randomUUID();
        long id = practise(user);
        long q = Api.as(user).when().get("/api/v1/practice/queue").then().extract().jsonPath()
                .getLong("[0].questionId");
        Api.as(user).body(Map.of("text", Api.GOOD)).when()
                .post("/api/v1/interviews/" + id + "/questions/" + q + "/attempts").then().statusCode(201);
        Api.as(user).body(Map.of("text", "A drafted story about messy data I cleaned.")).when()
                .post("/api/v1/stories").then().statusCode(201);
        Api.as(user).when().delete("/api/v1/me").then().statusCode(204);
        Api.as(user).when().get("/api/v1/stories").then().body("stories.size()", equalTo(0));
        Api.as(user).when().get("/api/v1/practice/queue").then().body("size()", equalTo(0));
        Api.as(user).when().get("/api/v1/progress").then().body("interviews", equalTo(0))
                .body("answered", equalTo(0)).body("dueForReview", equalTo(0));
        Api.as(user).body(Map.of("text", Api.GOOD)).when()
                .post("/api/v1/interviews/" + id + "/questions/" + q + "/attempts").then().statusCode(404);
    }

    @Test
    void anUnknownModeIsAValidationProblem() {
        Api.createInterview("mode-" + UUID.randomUUID(), Map.of("mode", "cram")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("mode"));
    }
}
