package org.mockinterview.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.TestTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Every kind of error is RFC 9457 problem+json with a stable type, a title, the status, a detail and the path.
 */
@QuarkusTest
class ProblemDetailsTest {

    private static final String BASE = "https://mockinterview.org/problems/";

    @Test
    void unknownApiPathIs404() {
        given().header("Authorization", TestTokens.bearer("alice"))
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(BASE + "not-found"))
                .body("title", notNullValue())
                .body("status", equalTo(404))
                .body("detail", notNullValue())
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void unknownPathOutsideTheApiIs404Too() {
        given().when().get("/nothing/here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(BASE + "not-found"));
    }

    @Test
    void missingResourceIs404() {
        given().header("Authorization", TestTokens.bearer("alice"))
                .when().get("/api/v1/resumes/987654321")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(BASE + "not-found"))
                .body("instance", equalTo("/api/v1/resumes/987654321"));
    }

    @Test
    void wrongMethodIs405() {
        given().header("Authorization", TestTokens.bearer("alice"))
                .when().put("/api/v1/me")
                .then().statusCode(405).contentType("application/problem+json")
                .body("type", equalTo(BASE + "method-not-allowed"))
                .body("status", equalTo(405));
    }

    @Test
    void wrongContentTypeIs415() {
        given().header("Authorization", TestTokens.bearer("alice"))
                .contentType("text/csv").body("a,b")
                .when().post("/api/v1/resumes")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo(BASE + "unsupported-media-type"))
                .body("detail", containsString("text/csv"));
    }

    @Test
    void validationErrorListsTheFields() {
        given().header("Authorization", TestTokens.bearer("alice"))
                .contentType("application/json").body("{\"text\": \"  \"}")
                .when().post("/api/v1/resumes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(BASE + "validation"))
                .body("errors.field", hasItem("text"))
                .body("detail", containsString("text"));
    }

    @Test
    void malformedJsonIs400() {
        given().header("Authorization", TestTokens.bearer("alice"))
                .contentType("application/json").body("{\"text\": ")
                .when().post("/api/v1/resumes")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(BASE + "malformed-json"))
                .body(not(containsString("Exception")));
    }

    @Test
    void badQueryParameterIsValidationProblem() {
        given().header("Authorization", TestTokens.bearer("alice"))
                .when().get("/api/v1/resumes?size=1000")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(BASE + "validation"))
                .body("errors.field", hasItem("size"));
    }
}
