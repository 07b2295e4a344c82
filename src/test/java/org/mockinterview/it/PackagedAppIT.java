package org.mockinterview.it;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.Api;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The packaged jar in the prod profile against an external PostgreSQL: it starts, migrates, loads the embedding
 * model, serves a whole interview turn, reports errors as problem+json and keeps the web app off.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(ExternalPostgresResource.class)
class PackagedAppIT {

    @Test
    void packagedServiceRunsAnInterviewTurn() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        JsonPath created = Api.createInterview("it-user", Map.of("categories", List.of("behavioral"),
                "questionsPerCategory", 1)).statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        long q = created.getLong("current.question.id");
        Api.answer("it-user", id, q, Api.GOOD, "it-key").statusCode(201)
                .body("turn.analysis.score", notNullValue());
        Api.as("it-user").body(Map.of("answer", "")).when().post("/api/v1/answer-analyses").then()
                .statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/interviews/" + id).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void theWebAppIsOffByDefaultInProduction() {
        for (String path : List.of("/", "/app/main.js", "/webjars/chart.js/dist/chart.umd.min.js")) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json");
        }
    }
}
