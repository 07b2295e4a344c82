package org.mockinterview.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed openapi.yaml is the contract: it must equal what the running service serves.
 * Run with {@code -Dopenapi.write=true} to rewrite the file from the code after an intended change.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi.yaml");
    private static final String VERB_FIRST =
            "(get|list|create|submit|upload|correct|update|delete|erase|complete|skip|analyze)[A-Z][A-Za-z]*";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

    @Test
    void committedContractMatchesTheServedDocument() throws Exception {
        String served = given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        JsonNode servedTree = new ObjectMapper().readTree(served);
        assertThat(servedTree.path("paths").size()).as("served document has paths").isPositive();

        if (Boolean.getBoolean("openapi.write")) {
            YAML.writerWithDefaultPrettyPrinter().writeValue(CONTRACT.toFile(), servedTree);
        }
        assertThat(CONTRACT).as("openapi.yaml at the repository root").exists();
        JsonNode committed = YAML.readTree(Files.readString(CONTRACT));

        List<String> differences = new ArrayList<>();
        diff("", committed, servedTree, differences);
        assertThat(differences)
                .as("openapi.yaml drifted from /q/openapi; review, then rerun with -Dopenapi.write=true")
                .isEmpty();
        assertThat(committed.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        JsonNode problem = committed.at("/components/schemas/Problem");
        assertThat(problem.isMissingNode()).as("components/schemas/Problem exists").isFalse();
        assertThat(problem.path("properties").has("type")).as("Problem has a type").isTrue();
        assertThat(problem.path("properties").has("status")).as("Problem has a status").isTrue();
        assertThat(committed.path("tags").size()).isPositive();
        assertThat(committed.at("/info/license/identifier").asText()).as("SPDX license id (OpenAPI 3.1)")
                .isNotBlank();
    }

    /** What client generators name their methods after: one short, unique, verb-first operationId per operation. */
    @Test
    void everyOperationHasAVerbFirstOperationIdAndASuccessResponse() throws Exception {
        JsonNode committed = YAML.readTree(Files.readString(CONTRACT));
        List<String> ids = new ArrayList<>();
        committed.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            String id = op.getValue().path("operationId").asText("");
            assertThat(id).as(where).matches(VERB_FIRST);
            List<String> codes = new ArrayList<>();
            op.getValue().path("responses").fieldNames().forEachRemaining(codes::add);
            assertThat(codes).as(where + " documents its success response").anyMatch(c -> c.startsWith("2"));
            ids.add(id);
        }));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(17).doesNotHaveDuplicates();
        assertThat(ids).contains("createInterview", "submitAnswer", "uploadResume", "getResume");
    }

    private static void diff(String at, JsonNode a, JsonNode b, List<String> out) {
        if (out.size() > 20) {
            return;
        }
        if (a == null || b == null || a.getNodeType() != b.getNodeType()) {
            out.add(at + ": " + a + " != " + b);
            return;
        }
        if (a.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = a.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                diff(at + "/" + e.getKey(), e.getValue(), b.get(e.getKey()), out);
            }
            b.fieldNames().forEachRemaining(k -> {
                if (!a.has(k)) {
                    out.add(at + "/" + k + ": only in the served document");
                }
            });
        } else if (a.isArray()) {
            if (a.size() != b.size()) {
                out.add(at + ": array sizes " + a.size() + " != " + b.size());
                return;
            }
            for (int i = 0; i < a.size(); i++) {
                diff(at + "/" + i, a.get(i), b.get(i), out);
            }
        } else if (!a.equals(b) && !(a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0)) {
            out.add(at + ": " + a + " != " + b);
        }
    }
}
