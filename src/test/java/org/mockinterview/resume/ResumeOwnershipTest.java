package org.mockinterview.resume;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.TestTokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A user sees and changes only their own resumes: another user's id answers exactly as a missing one.
 */
@QuarkusTest
class ResumeOwnershipTest {

    @Test
    void anotherUsersResumeIs404LikeAMissingOne() {
        int id = given().header("Authorization", TestTokens.bearer("owner-1"))
                .contentType("application/json")
                .body("{\"text\": \"Jane Roe\\njane@example.org\\nEXPERIENCE\\nData Scientist, Acme\"}")
                .when().post("/api/v1/resumes")
                .then().statusCode(201).extract().path("id");

        String otherDetail = given().header("Authorization", TestTokens.bearer("intruder-1"))
                .when().get("/api/v1/resumes/" + id)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://mockinterview.org/problems/not-found"))
                .extract().path("detail");
        int missing = id + 100000;
        String missingDetail = given().header("Authorization", TestTokens.bearer("intruder-1"))
                .when().get("/api/v1/resumes/" + missing)
                .then().statusCode(404).extract().path("detail");
        assertThat(otherDetail.replace(String.valueOf(id), "N"))
                .isEqualTo(missingDetail.replace(String.valueOf(missing), "N"));

        given().header("Authorization", TestTokens.bearer("intruder-1"))
                .when().delete("/api/v1/resumes/" + id).then().statusCode(404);
        String otherPutDetail = given().header("Authorization", TestTokens.bearer("intruder-1"))
                .contentType("application/json").body("{\"name\": \"Mallory\"}")
                .when().put("/api/v1/resumes/" + id + "/profile")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://mockinterview.org/problems/not-found"))
                .extract().path("detail");
        assertThat(otherPutDetail).isEqualTo(otherDetail);
        given().header("Authorization", TestTokens.bearer("intruder-1"))
                .when().get("/api/v1/resumes").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", TestTokens.bearer("owner-1"))
                .when().get("/api/v1/resumes/" + id).then().statusCode(200).body("id", equalTo(id))
                .body("profile.name", equalTo("Jane Roe")).body("profileSource", equalTo("parser"));
    }
}
