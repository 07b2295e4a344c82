package org.mockinterview.interview;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.Api;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * For every endpoint with an id, another user gets 404 and a missing token gets 401; the owner is unaffected.
 */
@QuarkusTest
class OwnershipMatrixTest {

    record Call(String name, BiFunction<RequestSpecification, Long, io.restassured.response.Response> send) {
    }

    @Test
    void everyIdEndpointIsOwnerOnly() {
        String owner = "owner-" + UUID.randomUUID();
        long resumeId = Api.as(owner).body(Map.of("text", "Alex Doe\nalex@example.org\nSKILLS\nPython"))
                .when().post("/api/v1/resumes").then().statusCode(201).extract().jsonPath().getLong("id");
        long id = Api.createInterview(owner, Map.of("resumeId", resumeId, "questionsPerCategory", 1)).statusCode(201)
                .extract().jsonPath().getLong("id");
        long q = Api.as(owner).when().get("/api/v1/interviews/" + id).then().extract().jsonPath()
                .getLong("current.question.id");

        long storyId = Api.as(owner).body(Map.of("text", Api.GOOD)).when().post("/api/v1/stories").then()
                .statusCode(201).extract().jsonPath().getLong("id");

        long planId = Api.as(owner).body(Map.of("interviewDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .plusDays(5).toString())).when().post("/api/v1/prep-plans").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        long planItem = Api.as(owner).when().get("/api/v1/prep-plans/" + planId).then().extract().jsonPath()
                .getLong("days[0].items[0].id");

        List<Call> calls = List.of(
                new Call("get prep plan", (r, i) -> r.get("/api/v1/prep-plans/" + planId)),
                new Call("prep plan calendar", (r, i) -> r.accept("text/calendar, application/problem+json")
                        .get("/api/v1/prep-plans/" + planId)),
                new Call("prep item done", (r, i) -> r.post("/api/v1/prep-plans/" + planId + "/items/" + planItem
                        + "/done")),
                new Call("delete prep plan", (r, i) -> r.delete("/api/v1/prep-plans/" + planId)),
                new Call("prep plan from resume", (r, i) -> r.body(Map.of("interviewDate", java.time.LocalDate
                        .now(java.time.ZoneOffset.UTC).plusDays(5).toString(), "resumeId", resumeId))
                        .post("/api/v1/prep-plans")),
                new Call("retry", (r, i) -> r.body(Map.of("text", "again")).post("/api/v1/interviews/" + i
                        + "/questions/" + q + "/attempts")),
                new Call("get story", (r, i) -> r.get("/api/v1/stories/" + storyId)),
                new Call("edit story", (r, i) -> r.body(Map.of("text", "mine")).put("/api/v1/stories/" + storyId)),
                new Call("delete story", (r, i) -> r.delete("/api/v1/stories/" + storyId)),
                new Call("get resume", (r, i) -> r.get("/api/v1/resumes/" + resumeId)),
                new Call("delete resume", (r, i) -> r.delete("/api/v1/resumes/" + resumeId)),
                new Call("get interview", (r, i) -> r.get("/api/v1/interviews/" + i)),
                new Call("answer", (r, i) -> r.body(Map.of("questionId", q, "text", "hello there"))
                        .post("/api/v1/interviews/" + i + "/answers")),
                new Call("skip", (r, i) -> r.body(Map.of("questionId", q)).post("/api/v1/interviews/" + i + "/skip")),
                new Call("complete", (r, i) -> r.post("/api/v1/interviews/" + i + "/complete")),
                new Call("transcript", (r, i) -> r.get("/api/v1/interviews/" + i + "/transcript")),
                new Call("report", (r, i) -> r.get("/api/v1/interviews/" + i + "/report")),
                new Call("delete interview", (r, i) -> r.delete("/api/v1/interviews/" + i)),
                new Call("create with resume", (r, i) -> r.body(Map.of("resumeId", resumeId))
                        .post("/api/v1/interviews")));
        for (Call call : calls) {
            call.send().apply(Api.as("intruder-" + UUID.randomUUID()).when(), id).then()
                    .statusCode(404).contentType("application/problem+json");
            call.send().apply(given().contentType("application/json").when(), id).then()
                    .statusCode(401).contentType("application/problem+json");
        }
        Api.as(owner).when().get("/api/v1/interviews/" + id).then().statusCode(200)
                .body("status", equalTo("in_progress")).body("current.question.id", equalTo((int) q));
        Api.as(owner).when().get("/api/v1/resumes/" + resumeId).then().statusCode(200);
        Api.as(owner).when().get("/api/v1/stories/" + storyId).then().statusCode(200).body("text", equalTo(Api.GOOD));
        Api.as(owner).when().get("/api/v1/prep-plans/" + planId).then().statusCode(200)
                .body("days[0].items[0].done", equalTo(false));
    }

    @Test
    void erasingTheAccountRemovesEverything() {
        String owner = "erase-" + UUID.randomUUID();
        long resumeId = Api.as(owner).body(Map.of("text", "Sam Roe\nsam@example.org")).when()
                .post("/api/v1/resumes").then().statusCode(201).extract().jsonPath().getLong("id");
        long id = Api.createInterview(owner, Map.of("questionsPerCategory", 1)).statusCode(201)
                .extract().jsonPath().getLong("id");
        long planId = Api.as(owner).body(Map.of("interviewDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .plusDays(3).toString())).when().post("/api/v1/prep-plans").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        Api.as(owner).when().delete("/api/v1/me").then().statusCode(204);
        Api.as(owner).when().get("/api/v1/prep-plans/" + planId).then().statusCode(404);
        Api.as(owner).when().get("/api/v1/prep-plans").then().statusCode(200).body("size()", equalTo(0));
        Api.as(owner).when().get("/api/v1/resumes/" + resumeId).then().statusCode(404);
        Api.as(owner).when().get("/api/v1/interviews/" + id).then().statusCode(404);
        Api.as(owner).when().get("/api/v1/interviews").then().statusCode(200).body("total", equalTo(0));
    }
}
