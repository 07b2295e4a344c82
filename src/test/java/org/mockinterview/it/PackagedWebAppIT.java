package org.mockinterview.it;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/**
 * The same packaged jar, unchanged, with MOCKINTERVIEW_WEB_ENABLED=true at start: the switch is read at run time,
 * and the page, its modules and the chart library are all served from the jar.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(ExternalPostgresResource.class)
@QuarkusTestResource(value = PackagedWebAppIT.WebOn.class, restrictToAnnotatedClass = true)
class PackagedWebAppIT {

    /** Turns the web app on for this launch only. */
    public static class WebOn implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of("mockinterview.web.enabled", "true");
        }

        @Override
        public void stop() {
            // nothing was started
        }
    }

    @Test
    void theWebAppIsServedWhenSwitchedOnAtStart() {
        given().when().get("/").then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .body(containsString("/app/main.js"));
        given().when().get("/app/main.js").then().statusCode(200);
        given().when().get("/webjars/chart.js/dist/chart.umd.min.js").then().statusCode(200);
    }
}
