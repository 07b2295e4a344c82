package org.mockinterview.platform.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * The web app's files as the service serves them (enabled in test): security headers on each, a CSP without inline
 * script or third-party origins, and sources that keep to it.
 */
@QuarkusTest
class WebAppRoutesTest {

    private static final Path APP = Path.of("src/main/resources/META-INF/resources");

    @Test
    void everyAppFileCarriesTheSecurityHeaders() {
        for (String path : List.of("/", "/index.html", "/app/main.js", "/app/app.css",
                "/webjars/chart.js/dist/chart.umd.min.js")) {
            given().when().get(path).then().statusCode(200)
                    .header("Content-Security-Policy", equalTo(WebAppRoutes.CSP))
                    .header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY")
                    .header("Referrer-Policy", "no-referrer");
        }
        given().when().get("/").then().contentType(startsWith("text/html"))
                .body(containsString("<script type=\"module\" src=\"/app/main.js\"></script>"));
        given().when().get("/app/main.js").then().contentType(containsString("javascript"));
    }

    @Test
    void theCspAllowsOnlyTheServicesOwnOrigin() {
        assertThat(WebAppRoutes.CSP).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
                "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
    }

    @Test
    void theApiKeepsItsOwnHeadersAndErrors() {
        given().when().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                .header("Content-Security-Policy", org.hamcrest.Matchers.nullValue());
        given().when().get("/no-such-page").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theSourcesHaveNoInlineScriptNoThirdPartyOriginAndNoHtmlInjection() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern inlineHandler = Pattern.compile("\\son[a-z]+\\s*=\\s*\"", Pattern.CASE_INSENSITIVE);
        Pattern remote = Pattern.compile("(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}", Pattern.CASE_INSENSITIVE);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(APP)) {
            files = walk.filter(p -> p.toString().matches(".*\\.(html|js|css)$")).toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("index.html", "main.js", "app.css");
        for (Path file : files) {
            String text = Files.readString(file);
            assertThat(inlineScript.matcher(text).find()).as("inline <script> in %s", file).isFalse();
            assertThat(inlineHandler.matcher(text).find()).as("inline event handler in %s", file).isFalse();
            assertThat(text).as("inline style in %s", file).doesNotContain("style=\"");
            assertThat(remote.matcher(text).find()).as("third-party origin in %s", file).isFalse();
            // every API or user string goes in as text (dom.js), never parsed as HTML
            assertThat(text).as("HTML injection sink in %s", file).doesNotContain("innerHTML", "outerHTML",
                    "insertAdjacentHTML", "document.write", "eval(");
        }
    }

    @Test
    void theChartLibraryIsServedByTheServiceItself() {
        given().when().get("/webjars/chart.js/dist/chart.umd.min.js").then().statusCode(200)
                .body(containsString("Chart"), not(containsString("sourceMappingURL=http")));
    }
}
