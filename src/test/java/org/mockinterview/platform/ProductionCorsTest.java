package org.mockinterview.platform;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * With the production default (MOCKINTERVIEW_CORS_ORIGINS unset) no cross origin is allowed, localhost included;
 * a configured origin is.
 */
@QuarkusTest
@TestProfile(ProductionCorsTest.ProductionOrigins.class)
class ProductionCorsTest {

    /** The production CORS settings: the default, plus one configured frontend. */
    public static class ProductionOrigins implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mockinterview.cors.origins", "https://app.mockinterview.org");
        }
    }

    @Test
    void localhostIsRefusedInProduction() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/resumes")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void configuredOriginIsAllowed() {
        given().header("Origin", "https://app.mockinterview.org")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/resumes")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://app.mockinterview.org"));
    }
}
