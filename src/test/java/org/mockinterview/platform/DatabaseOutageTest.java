package org.mockinterview.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mockinterview.interview.AnswerRepository;
import org.mockinterview.support.Api;
import org.mockinterview.support.EmbeddedPostgresControl;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The database stops mid-interview and returns: readiness goes down, requests get 503 problem+json (no 500,
 * no hang), the service recovers by itself, and the acknowledged answer is still there.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
class DatabaseOutageTest {

    /** This test stops its database, so it gets one of its own. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EmbeddedPostgresControl.class));
        }
    }

    @Inject
    AnswerRepository answers;

    @Test
    void outageIs503AndRecoveryIsAutomatic() throws Exception {
        String user = "outage-" + UUID.randomUUID();
        JsonPath created = Api.createInterview(user, Map.of("categories", List.of("behavioral"),
                "questionsPerCategory", 3, "followUps", 0)).statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        long q1 = created.getLong("current.question.id");
        long q2 = Api.answer(user, id, q1, Api.GOOD, "before-outage").statusCode(201).extract().jsonPath()
                .getLong("next.id");

        EmbeddedPostgresControl.stopServer();
        try {
            waitFor(() -> given().get("/q/health/ready").statusCode() == 503, "readiness DOWN");
            // a hang guard, not a time limit: the pool gives up after its acquisition timeout (5 s) and that is a 503
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Api.answer(user, id, q2, Api.GOOD, "during-outage")
                    .statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue()));
            Api.as(user).when().get("/api/v1/interviews/" + id).then().statusCode(503)
                    .contentType("application/problem+json");
        } finally {
            EmbeddedPostgresControl.startServer();
        }
        waitFor(() -> given().get("/q/health/ready").statusCode() == 200, "readiness UP again");
        waitFor(() -> Api.as(user).when().get("/api/v1/interviews/" + id).statusCode() == 200, "API back");
        assertThat(answers.count("questionId", q1)).isEqualTo(1);
        Api.answer(user, id, q2, Api.GOOD, "after-outage").statusCode(201);
    }

    private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException ignored) {
                // the service may refuse a request while it recovers
            }
            assertThat(System.nanoTime()).as(what + " within 30 s").isLessThan(deadline);
            Thread.sleep(200);
        }
    }
}
