package org.mockinterview.resume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockinterview.support.Api;
import org.mockinterview.support.TestTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * PUT /api/v1/resumes/{id}/profile: the user's corrected profile replaces the parsed one, is completed as the parser
 * would complete it, refuses bad input field by field without storing anything, and plans later interviews.
 */
@QuarkusTest
class ResumeProfileCorrectionTest {

    private static final String P = "https://mockinterview.org/problems/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String RESUME = Api.RESUME;

    private static String user() {
        return "correct-" + UUID.randomUUID();
    }

    private static long paste(String user, String text) {
        return Api.as(user).body(Map.of("text", text)).when().post("/api/v1/resumes").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static JsonNode resume(String user, long id) throws Exception {
        return JSON.readTree(Api.as(user).when().get("/api/v1/resumes/" + id).then().statusCode(200)
                .extract().asString());
    }

    private static io.restassured.response.ValidatableResponse put(String user, long id, Object body) {
        return Api.as(user).body(body).when().put("/api/v1/resumes/" + id + "/profile").then();
    }

    /** A valid correction: one role, one project, one degree; computed fields left to the service. */
    private static ObjectNode correction() {
        return JSON.valueToTree(Map.of(
                "name", "Dana Smith",
                "email", "dana@example.org",
                "links", List.of("https://github.com/dana"),
                "sections", List.of(Map.of("heading", "EXPERIENCE", "kind", "experience")),
                "experience", List.of(Map.of("title", "Machine Learning Engineer", "organization", "Payments Co",
                        "dates", "2021 - 2024",
                        "highlights", List.of("Trained PyTorch models that cut fraud losses by 40%"))),
                "projects", List.of(Map.of("name", "Zephyr Ledger",
                        "highlights", List.of("Built a double-entry ledger in Rust on Kafka. It settles payments."))),
                "education", List.of(Map.of("institution", "State University", "degree", "MSc Statistics")),
                "skills", List.of("Python", "PyTorch")));
    }

    @Test
    void getsProfileSentBackUnchangedIsAcceptedEvenWhereTheParserExceededTheLimits() throws Exception {
        String user = user();
        String longBullet = "Led the migration of " + "the nightly scoring batch and its many downstream jobs, "
                .repeat(40) + "without downtime";
        long pdfResume = given().header("Authorization", TestTokens.bearer(user))
                .multiPart("file", "jordan.pdf", ResumeUploadTest.resumePdf(), "application/pdf")
                .when().post("/api/v1/resumes").then().statusCode(201).extract().jsonPath().getLong("id");
        long textResume = paste(user, RESUME.replace("- Built a fraud", "- " + longBullet + "\n- Built a fraud"));

        for (long id : List.of(pdfResume, textResume)) {
            JsonNode before = resume(user, id);
            assertThat(before.path("profileSource").asText()).isEqualTo("parser");
            assertThat(before.at("/profile/experience").size()).isPositive();

            put(user, id, before.get("profile").toString()).statusCode(200)
                    .body("id", equalTo((int) id)).body("profileSource", equalTo("user"));

            // the same profile, now vouched for by the user
            ObjectNode expected = before.get("profile").deepCopy();
            for (String list : List.of("experience", "projects", "education")) {
                expected.get(list).forEach(entry -> ((ObjectNode) entry).put("confidence", 1.0));
            }
            assertThat(resume(user, id).get("profile")).isEqualTo(expected);
        }
        assertThat(resume(user, textResume).at("/profile/experience/0/highlights/0").asText())
                .as("the parser's own over-long highlight survives the round trip").hasSizeGreaterThan(2_000);
    }

    @Test
    void correctionIsStoredCompletedAndVisibleOnGet() throws Exception {
        String user = user();
        long id = paste(user, RESUME);

        put(user, id, correction().toString()).statusCode(200).body("profileSource", equalTo("user"))
                .body("profile.experience[0].title", equalTo("Machine Learning Engineer"));

        JsonNode stored = resume(user, id);
        assertThat(stored.path("profileSource").asText()).isEqualTo("user");
        JsonNode p = stored.get("profile");
        assertThat(p.at("/experience").size()).isEqualTo(1);
        assertThat(texts(p.at("/experience/0/technologies"))).contains("PyTorch");
        assertThat(texts(p.at("/experience/0/metrics"))).anyMatch(m -> m.contains("40%"));
        assertThat(p.at("/experience/0/confidence").asDouble()).isEqualTo(1.0);
        assertThat(p.at("/projects").size()).isEqualTo(1);
        assertThat(p.at("/projects/0/name").asText()).isEqualTo("Zephyr Ledger");
        assertThat(texts(p.at("/projects/0/technologies"))).contains("Rust", "Kafka");
        assertThat(p.at("/projects/0/summary").asText()).isEqualTo("Built a double-entry ledger in Rust on Kafka.");
        assertThat(p.at("/projects/0/confidence").asDouble()).isEqualTo(1.0);
        assertThat(p.at("/education/0/confidence").asDouble()).isEqualTo(1.0);
        assertThat(p.at("/sections/0/kind").asText()).isEqualTo("experience");
        assertThat(p.at("/sections/0/lines").isArray()).isTrue();
        assertThat(texts(p.at("/skills"))).containsExactly("Python", "PyTorch");
        Api.as(user).when().get("/api/v1/resumes").then().statusCode(200)
                .body("items[0].profileSource", equalTo("user"));
    }

    /** A summary ending in a number and a full stop once made the metric cut past the clause's end (a 500). */
    @Test
    void aMetricAtTheEndOfASentenceIsFoundNotA500() throws Exception {
        String user = user();
        long id = paste(user, RESUME);
        ObjectNode body = correction();
        ((ObjectNode) body.at("/projects/0")).put("summary", "Tuned the ranking model; improved AUC from 0.71 to 0.83.");
        put(user, id, body.toString()).statusCode(200);
        assertThat(texts(resume(user, id).at("/profile/projects/0/metrics"))).contains("improved AUC from 0.71 to 0.83");
    }

    @Test
    void computedFieldsTheUserSendsAreKeptAndParserConfidenceIsReplaced() throws Exception {
        String user = user();
        long id = paste(user, RESUME);
        ObjectNode body = correction();
        ObjectNode project = (ObjectNode) body.at("/projects/0");
        project.putArray("technologies").add("Rust").add("Ledger DSL");
        project.put("summary", "A ledger for instant payouts.");
        project.put("confidence", 0.3);
        ((ObjectNode) body.at("/sections/0")).putArray("lines").add("Machine Learning Engineer at Payments Co");

        put(user, id, body.toString()).statusCode(200);
        JsonNode p = resume(user, id).get("profile");
        assertThat(texts(p.at("/projects/0/technologies"))).containsExactly("Rust", "Ledger DSL");
        assertThat(p.at("/projects/0/summary").asText()).isEqualTo("A ledger for instant payouts.");
        assertThat(p.at("/projects/0/confidence").asDouble()).isEqualTo(1.0);

        // lines left out keep the stored section's lines
        ((ObjectNode) body.at("/sections/0")).remove("lines");
        put(user, id, body.toString()).statusCode(200);
        assertThat(texts(resume(user, id).at("/profile/sections/0/lines")))
                .containsExactly("Machine Learning Engineer at Payments Co");
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("blank experience title", "experience[1].title", b -> ((ArrayNode) b.get("experience"))
                        .addObject().put("title", "   ").put("organization", "Acme")),
                bad("missing experience title", "experience[0].title",
                        b -> ((ObjectNode) b.at("/experience/0")).remove("title")),
                bad("missing project name", "projects[0].name",
                        b -> ((ObjectNode) b.at("/projects/0")).remove("name")),
                bad("blank project name", "projects[0].name",
                        b -> ((ObjectNode) b.at("/projects/0")).put("name", "")),
                bad("education with neither institution nor degree", "education[0].institution",
                        b -> ((ObjectNode) b.at("/education/0")).remove(List.of("institution", "degree"))),
                bad("name over 300 characters", "name", b -> b.put("name", "N".repeat(301))),
                bad("title over 300 characters", "experience[0].title",
                        b -> ((ObjectNode) b.at("/experience/0")).put("title", "T".repeat(301))),
                bad("highlight over 2000 characters", "projects[0].highlights[0]",
                        b -> ((ArrayNode) b.at("/projects/0/highlights")).set(0, "h".repeat(2_001))),
                bad("summary over 2000 characters", "projects[0].summary",
                        b -> ((ObjectNode) b.at("/projects/0")).put("summary", "s".repeat(2_001))),
                bad("51 experience entries", "experience", b -> {
                    ArrayNode list = (ArrayNode) b.get("experience");
                    for (int i = 0; i < 50; i++) {
                        list.addObject().put("title", "Role " + i);
                    }
                }),
                bad("41 highlights", "experience[0].highlights", b -> {
                    ArrayNode list = (ArrayNode) b.at("/experience/0/highlights");
                    for (int i = 0; i < 40; i++) {
                        list.add("Highlight " + i);
                    }
                }),
                bad("confidence above 1", "experience[0].confidence",
                        b -> ((ObjectNode) b.at("/experience/0")).put("confidence", 1.5)),
                bad("confidence below 0", "education[0].confidence",
                        b -> ((ObjectNode) b.at("/education/0")).put("confidence", -0.1)),
                bad("unknown section kind", "sections[0].kind",
                        b -> ((ObjectNode) b.at("/sections/0")).put("kind", "hobbies")),
                bad("null project entry", "projects[1]", b -> ((ArrayNode) b.get("projects")).addNull()),
                bad("experience that is not a list", "experience", b -> b.put("experience", "Data Scientist")));
    }

    private static Arguments bad(String name, String field, Consumer<ObjectNode> mutation) {
        return Arguments.of(name, field, mutation);
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @MethodSource("badInputs")
    void badInputIs400NamingTheFieldAndNothingIsStored(String name, String field, Consumer<ObjectNode> mutation)
            throws Exception {
        String user = user();
        long id = paste(user, RESUME);
        JsonNode before = resume(user, id);
        ObjectNode body = correction();
        mutation.accept(body);

        put(user, id, body.toString()).statusCode(400).contentType(startsWith("application/problem+json"))
                .body("type", equalTo(P + "validation"))
                .body("errors.field", hasItem(field))
                .body("detail", org.hamcrest.Matchers.containsString(field));

        assertThat(resume(user, id)).isEqualTo(before);
    }

    @Test
    void everyBadFieldIsNamedInOneResponse() {
        String user = user();
        long id = paste(user, RESUME);
        ObjectNode body = correction();
        ((ObjectNode) body.at("/experience/0")).put("title", " ");
        ((ObjectNode) body.at("/projects/0")).put("confidence", 2);
        ((ObjectNode) body.at("/sections/0")).put("kind", "unknown");

        List<String> fields = put(user, id, body.toString()).statusCode(400).extract().jsonPath()
                .getList("errors.field");
        assertThat(fields).containsExactly("sections[0].kind", "experience[0].title", "projects[0].confidence");
    }

    @Test
    void missingOrMalformedBodyIs400NotA500() throws Exception {
        String user = user();
        long id = paste(user, RESUME);
        JsonNode before = resume(user, id);

        Api.as(user).when().put("/api/v1/resumes/" + id + "/profile").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        put(user, id, "null").statusCode(400).contentType(startsWith("application/problem+json"));
        put(user, id, "{\"experience\": [").statusCode(400)
                .body("type", equalTo(P + "malformed-json"));
        put(user, id, "[]").statusCode(400).contentType(startsWith("application/problem+json"));
        put(user, id, "{\"projects\": [{\"name\": \"X\", \"confidence\": \"high\"}]}").statusCode(400)
                .body("errors.field", everyItem(startsWith("projects")));

        assertThat(resume(user, id)).isEqualTo(before);
    }

    @Test
    void anotherUsersOrAMissingResumeIs404AndUnchanged() throws Exception {
        String owner = user();
        long id = paste(owner, RESUME);
        JsonNode before = resume(owner, id);

        put("intruder-" + UUID.randomUUID(), id, correction().toString()).statusCode(404)
                .contentType(startsWith("application/problem+json")).body("type", equalTo(P + "not-found"));
        put(owner, id + 100_000, correction().toString()).statusCode(404)
                .body("type", equalTo(P + "not-found"));

        assertThat(resume(owner, id)).isEqualTo(before);
    }

    @Test
    void interviewsCreatedAfterTheCorrectionArePlannedFromIt() {
        String user = user();
        long id = paste(user, RESUME);
        JsonPath first = Api.createInterview(user, Map.of("resumeId", id)).statusCode(201).extract().jsonPath();
        assertThat(first.getList("plan.projectRef", String.class)).doesNotContain("Zephyr Ledger")
                .anyMatch(ref -> ref != null && ref.contains("Card Fraud Detection"));

        ObjectNode body = correction();
        body.putArray("experience");
        put(user, id, body.toString()).statusCode(200);

        JsonPath second = Api.createInterview(user, Map.of("resumeId", id)).statusCode(201).extract().jsonPath();
        List<String> refs = second.getList("plan.projectRef", String.class);
        List<String> texts = second.getList("plan.text", String.class);
        assertThat(refs).contains("Zephyr Ledger");
        assertThat(refs).noneMatch(ref -> ref != null && ref.contains("Card Fraud Detection"));
        assertThat(texts).anyMatch(t -> t.contains("Zephyr Ledger"));
        Api.as(user).when().get("/api/v1/interviews/" + second.getLong("id")).then().statusCode(200)
                .body("plan.projectRef", hasItem("Zephyr Ledger"))
                .body("plan.projectRef", not(hasItem("Card Fraud Detection")));
    }

    private static List<String> texts(JsonNode array) {
        return JSON.convertValue(array, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }
}
