package org.mockinterview.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.Api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives every JSON endpoint with jqwik-generated random and boundary values in every field: the service never
 * answers 500, and every 4xx is problem+json.
 */
@QuarkusTest
class JsonEndpointFuzzTest {

    private static final int TRIES = 40;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Any JSON value, weighted towards the boundaries that break parsers and validators. */
    private static Arbitrary<JsonNode> anyValue() {
        Arbitrary<JsonNode> strings = Arbitraries.strings().all().ofMaxLength(300).map(F::textNode);
        Arbitrary<JsonNode> boundaryStrings = Arbitraries.of("", " ", "\u0000", "\uD83D\uDE80", "\u202Eabc",
                "ml_fundamentals", "BEHAVIORAL", "hard", "x".repeat(25_000), "null", "-1", "1e309").map(F::textNode);
        Arbitrary<JsonNode> ints = Arbitraries.of(0L, -1L, 1L, 5L, 6L, Integer.MAX_VALUE + 1L, Long.MIN_VALUE,
                Long.MAX_VALUE).map(F::numberNode);
        Arbitrary<JsonNode> randomInts = Arbitraries.longs().map(F::numberNode);
        Arbitrary<JsonNode> doubles = Arbitraries.of(0.5, -0.0, 1e300, Double.MIN_VALUE).map(F::numberNode);
        Arbitrary<JsonNode> others = Arbitraries.of(F.nullNode(), F.booleanNode(true), F.arrayNode(), F.objectNode(),
                F.arrayNode().add("behavioral").add(7), F.objectNode().put("nested", "x"));
        return Arbitraries.oneOf(strings, boundaryStrings, ints, randomInts, doubles, others);
    }

    private static Arbitrary<ObjectNode> bodies(List<String> fields) {
        return Arbitraries.maps(Arbitraries.of(fields), anyValue()).ofMaxSize(fields.size()).map(m -> {
            ObjectNode o = F.objectNode();
            m.forEach(o::set);
            return o;
        });
    }

    @Test
    void randomBodiesNeverCause500() {
        String user = "fuzz-" + UUID.randomUUID();
        long interview = Api.createInterview(user, Map.of("categories", List.of("behavioral"),
                "questionsPerCategory", 5, "followUps", 0)).statusCode(201).extract().jsonPath().getLong("id");
        long answered = Api.as(user).when().get("/api/v1/interviews/" + interview).then().extract().jsonPath()
                .getLong("current.question.id");
        Api.answer(user, interview, answered, Api.GOOD, null).statusCode(201);

        Map<String, List<String>> endpoints = Map.of(
                "/api/v1/answer-analyses", List.of("answer", "question", "category", "durationSeconds", "extra"),
                "/api/v1/resumes", List.of("text", "fileName", "extra"),
                "/api/v1/interviews", List.of("resumeId", "categories", "questionsPerCategory", "difficulty",
                        "jobDescription", "followUps", "mode"),
                "/api/v1/stories", List.of("title", "text", "extra"),
                "/api/v1/interviews/" + interview + "/questions/" + answered + "/attempts",
                List.of("text", "durationSeconds", "extra"),
                "/api/v1/interviews/" + interview + "/answers", List.of("questionId", "text", "durationSeconds"),
                "/api/v1/interviews/" + interview + "/skip", List.of("questionId"));
        ObjectMapper mapper = new ObjectMapper();
        endpoints.forEach((path, fields) -> bodies(fields).sampleStream().limit(TRIES).forEach(body -> {
            String json;
            try {
                json = mapper.writeValueAsString(body);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            Response r = Api.as(user).header("Idempotency-Key", UUID.randomUUID().toString()).body(json)
                    .when().post(path);
            assertThat(r.statusCode()).as(path + " " + json.substring(0, Math.min(200, json.length())))
                    .isLessThan(500);
            if (r.statusCode() >= 400) {
                assertThat(r.contentType()).as(path + " " + r.statusCode()).startsWith("application/problem+json");
            }
        }));
        // a body that is not an object at all, and raw garbage (an empty creation request is valid: all optional)
        for (String raw : List.of("[]", "\"text\"", "42", "null", "{", "\u0000\u0001", "{\"a\":" + "[".repeat(5000))) {
            endpoints.keySet().forEach(path -> {
                Response r = Api.as(user).body(raw).when().post(path);
                assertThat(r.statusCode()).as(path + " " + raw.substring(0, Math.min(20, raw.length())))
                        .isLessThan(500);
                if (r.statusCode() >= 400) {
                    assertThat(r.contentType()).startsWith("application/problem+json");
                }
            });
        }
    }
}
