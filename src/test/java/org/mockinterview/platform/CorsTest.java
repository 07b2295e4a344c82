package org.mockinterview.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Browser preflights: localhost origins are allowed in dev and test (as in dev mode); others are not.
 * {@link ProductionCorsTest} covers the production default, which allows none.
 */
@QuarkusTest
class CorsTest {

    @Test
    void localhostPreflightIsAllowed() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .when().options("/api/v1/resumes")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
    }

    @Test
    void foreignOriginPreflightIsRefused() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/api/v1/resumes")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
