package org.mockinterview.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Operations endpoints stay open and report the database.
 */
@QuarkusTest
class HealthTest {

    @Test
    void readinessIncludesTheDatabaseAndTheEmbeddingModel() {
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItems("database", "embedding-model"))
                .body("checks.find { it.name == 'database' }.data.detail", equalTo("ok"))
                .body("checks.find { it.name == 'embedding-model' }.data.model", containsString("all-minilm-l6-v2"));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePrometheusTextWithEveryCache() {
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"))
                .body(containsString("cache_gets_total{cache=\"llm-plans\""))
                .body(containsString("cache_gets_total{cache=\"query-vectors\""))
                .body(containsString("cache_gets_total{cache=\"llm-rate-limits\""));
    }

    @Test
    void everyResponseCarriesARequestId() {
        given().when().get("/q/health/live").then().header("X-Request-Id", notNullValue());
        given().header("X-Request-Id", "abc-123").when().get("/q/health/live")
                .then().header("X-Request-Id", equalTo("abc-123"));
    }
}
