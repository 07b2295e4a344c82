package org.mockinterview.platform.web;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.TestTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * MOCKINTERVIEW_WEB_ENABLED=false (production's default): the app's page and files answer 404 problem+json, as if
 * there were none, while the API is unaffected.
 */
@QuarkusTest
@TestProfile(WebAppDisabledTest.WebOff.class)
class WebAppDisabledTest {

    /** The production default, in the test profile. */
    public static class WebOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mockinterview.web.enabled", "false");
        }
    }

    @Test
    void theAppAndItsFilesAreNotFound() {
        for (String path : List.of("/", "/index.html", "/app/main.js", "/app/app.css",
                "/webjars/chart.js/dist/chart.umd.min.js")) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://mockinterview.org/problems/not-found"))
                    .body("instance", equalTo(path));
        }
    }

    @Test
    void theApiStillAnswers() {
        given().header("Authorization", TestTokens.bearer("web-off")).when().get("/api/v1/me").then()
                .statusCode(200).body("subject", equalTo("web-off"));
    }
}
