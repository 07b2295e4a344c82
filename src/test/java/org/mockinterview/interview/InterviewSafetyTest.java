package org.mockinterview.interview;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.Api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Answers are never lost or recorded twice: idempotent retries, stale questions, concurrent submits,
 * state read back from the database, abandoned sessions, and the printable report.
 */
@QuarkusTest
class InterviewSafetyTest {

    @Inject
    AnswerRepository answers;

    private static long start(String user) {
        return Api.createInterview(user, Map.of("categories", List.of("behavioral", "ml_fundamentals"),
                "questionsPerCategory", 1, "followUps", 1)).statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long current(String user, long id) {
        return Api.as(user).when().get("/api/v1/interviews/" + id).then().statusCode(200)
                .extract().jsonPath().getLong("current.question.id");
    }

    @Test
    void idempotentRetryReplaysTheFirstResultAndRecordsOnce() {
        String user = "safe-" + UUID.randomUUID();
        long id = start(user);
        long q = current(user, id);
        String key = UUID.randomUUID().toString();
        String first = Api.answer(user, id, q, InterviewFlowTest.GOOD, key).statusCode(201).extract().asString();
        String again = Api.answer(user, id, q, InterviewFlowTest.GOOD, key).statusCode(201).extract().asString();
        assertThat(again).isEqualTo(first);
        assertThat(answers.count("questionId", q)).isEqualTo(1);
        Api.answer(user, id, q, "A different answer entirely, with other words.", key).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mockinterview.org/problems/idempotency-key-reused"));
    }

    @Test
    void answeringAStaleOrUnknownQuestionIs409() {
        String user = "safe-" + UUID.randomUUID();
        long id = start(user);
        long q = current(user, id);
        Api.answer(user, id, q, InterviewFlowTest.GOOD, null).statusCode(201);
        Api.answer(user, id, q, InterviewFlowTest.GOOD, null).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mockinterview.org/problems/not-current-question"));
        Api.answer(user, id, 999_999_999L, InterviewFlowTest.GOOD, null).statusCode(409);
    }

    @Test
    void concurrentDoubleSubmitRecordsExactlyOne() throws Exception {
        String user = "safe-" + UUID.randomUUID();
        long id = start(user);
        long q = current(user, id);
        int threads = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            statuses.add(pool.submit(() -> {
                go.await();
                return Api.answer(user, id, q, InterviewFlowTest.GOOD, null).extract().statusCode();
            }));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : statuses) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertThat(codes).containsOnly(201, 409);
        assertThat(codes.stream().filter(c -> c == 201)).hasSize(1);
        assertThat(answers.count("questionId", q)).isEqualTo(1);
    }

    @Test
    void stateIsReadBackFromTheDatabaseAndSkipsAreRecorded() {
        String user = "safe-" + UUID.randomUUID();
        long id = start(user);
        long q = current(user, id);
        Api.as(user).body(Map.of("questionId", q)).when().post("/api/v1/interviews/" + id + "/skip")
                .then().statusCode(200).body("turn.skipped", equalTo(true));
        long next = current(user, id);
        assertThat(next).isNotEqualTo(q);
        assertThat(answers.forQuestion(q)).hasValueSatisfying(a -> assertThat(a.skipped).isTrue());
    }

    @Test
    void abandonedInterviewCompletesWithUnansweredQuestionsNotScored() throws Exception {
        String user = "safe-" + UUID.randomUUID();
        long id = start(user);
        long q = current(user, id);
        Api.answer(user, id, q, InterviewFlowTest.GOOD, null).statusCode(201);
        JsonPath report = Api.as(user).when().post("/api/v1/interviews/" + id + "/complete").then().statusCode(200)
                .extract().jsonPath();
        assertThat(report.getInt("answered")).isEqualTo(1);
        assertThat(report.getInt("notAnswered")).isGreaterThanOrEqualTo(1);
        List<Map<String, Object>> categories = report.getList("categories");
        assertThat(categories).anySatisfy(c -> {
            assertThat(c.get("score")).isNull();
            assertThat(c.get("answered")).isEqualTo(0);
        });
        Api.as(user).when().get("/api/v1/interviews/" + id).then().body("current", nullValue())
                .body("status", equalTo("completed"));
        Api.answer(user, id, q, "late", null).statusCode(409);

        byte[] pdf = Api.as(user).accept("application/pdf").when().get("/api/v1/interviews/" + id + "/report")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Behavioral").contains("ML fundamentals").contains("Question by question")
                    .doesNotContain("ml_fundamentals").contains("STAR");
            assertThat(ReportPdfTest.darkPixels(new PDFRenderer(doc).renderImageWithDPI(0, 50))).as("dark pixels of bars and text on page 1").isGreaterThan(500);
        }
    }

    @Test
    void reportBeforeCompletionIs409() {
        String user = "safe-" + UUID.randomUUID();
        long id = start(user);
        Api.as(user).when().get("/api/v1/interviews/" + id + "/report").then().statusCode(409)
                .body("type", equalTo("https://mockinterview.org/problems/interview-not-completed"));
    }
}
