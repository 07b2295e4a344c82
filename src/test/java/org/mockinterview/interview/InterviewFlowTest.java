package org.mockinterview.interview;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.Api;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * Whole interviews through the API on the offline engine: with and without a resume, to the report.
 */
@QuarkusTest
class InterviewFlowTest {

    static final String GOOD = Api.GOOD;

    static final String RESUME = Api.RESUME;

    @Test
    void wholeInterviewWithoutResume() {
        String user = "flow-" + UUID.randomUUID();
        JsonPath created = Api.createInterview(user, Map.of("questionsPerCategory", 1, "followUps", 1))
                .statusCode(201).header("Location", notNullValue())
                .body("status", equalTo("in_progress"))
                .body("plan", hasSize(5))
                .body("current.kind", equalTo("main"))
                .body("progress.total", equalTo(5))
                .extract().jsonPath();
        long id = created.getLong("id");
        List<String> sources = created.getList("plan.source");
        assertThat(sources).allMatch(s -> s.equals("bank"));

        int turns = runToEnd(user, id);
        assertThat(turns).isBetween(5, 10);

        Api.as(user).when().get("/api/v1/interviews/" + id).then().statusCode(200)
                .body("current", nullValue()).body("progress.answered", equalTo(5));
        JsonPath report = Api.as(user).when().post("/api/v1/interviews/" + id + "/complete").then().statusCode(200)
                .body("overallScore", notNullValue())
                .body("categories", hasSize(5))
                .body("notAnswered", equalTo(0))
                .extract().jsonPath();
        assertThat(report.getList("improvements")).hasSizeLessThanOrEqualTo(3);
        assertThat(report.getInt("starCoverage.behavioralAnswers")).isPositive();
        assertThat(report.getList("categories.categoryLabel", String.class)).contains("ML fundamentals",
                "Statistics & probability", "Model evaluation", "Applied case study", "Behavioral");
        assertThat(report.getInt("header.mainQuestions")).isEqualTo(5);
        assertThat(report.getList("header.mix.categoryLabel")).hasSize(5);
        assertThat(report.getList("questions")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(report.getList("questions.toFix")).isNotEmpty();
        assertThat(report.getString("delivery.summary")).isNotBlank();
        assertThat(report.getList("nextSteps.fixes")).hasSizeLessThanOrEqualTo(3);
        assertThat(report.getList("storyBank.missing")).isNotNull();
        assertThat(report.getList("progress")).as("one interview draws no progress").isEmpty();
        // completing twice returns the same report
        Api.as(user).when().post("/api/v1/interviews/" + id + "/complete").then().statusCode(200)
                .body("generatedAt", equalTo(report.getString("generatedAt")));
        Api.as(user).when().get("/api/v1/interviews/" + id).then().body("status", equalTo("completed"));
    }

    @Test
    void transcriptAndReportFollowTheAcceptHeadersPreferences() {
        String user = "flow-" + UUID.randomUUID();
        long id = Api.createInterview(user, Map.of("questionsPerCategory", 1, "followUps", 0)).statusCode(201)
                .extract().jsonPath().getLong("id");
        runToEnd(user, id);
        Api.as(user).when().post("/api/v1/interviews/" + id + "/complete").then().statusCode(200);
        String base = "/api/v1/interviews/" + id;

        Api.as(user).accept("application/pdf;q=0.5, application/json").when().get(base + "/report").then()
                .statusCode(200).contentType(startsWith("application/json")).header("Vary", containsString("Accept"))
                .body("categories", hasSize(5));
        Api.as(user).accept("application/json;q=0.1, application/pdf").when().get(base + "/report").then()
                .statusCode(200).contentType("application/pdf");
        Api.as(user).accept("*/*").when().get(base + "/report").then()
                .statusCode(200).contentType(startsWith("application/json"));
        Api.as(user).accept("text/html").when().get(base + "/report").then().statusCode(406);
        String txt = Api.as(user).accept("text/markdown;q=0.2, text/plain").when().get(base + "/transcript").then()
                .statusCode(200).contentType(startsWith("text/plain")).extract().asString();
        assertThat(txt).contains("Q [").contains("Q [Behavioral]").doesNotContain("[behavioral]");
        Api.as(user).accept("text/*").when().get(base + "/transcript").then()
                .statusCode(200).contentType(startsWith("text/"));
    }

    @Test
    void interviewTailoredToAResumeNamesItsProjects() {
        String user = "flow-" + UUID.randomUUID();
        long resumeId = Api.as(user).body(Map.of("text", RESUME)).when().post("/api/v1/resumes").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        JsonPath created = Api.createInterview(user, Map.of("resumeId", resumeId)).statusCode(201)
                .body("plan", hasSize(10)).extract().jsonPath();
        assertThat(created.getList("plan.source", String.class)).contains("template");
        // the resume's own project is asked about by name: in a question's text and as its projectRef
        List<Map<String, Object>> plan = created.getList("plan");
        assertThat(plan).filteredOn(q -> "template".equals(q.get("source")))
                .anySatisfy(q -> assertThat((String) q.get("text")).contains("Card Fraud Detection"))
                .anySatisfy(q -> assertThat(q.get("projectRef")).isEqualTo("Card Fraud Detection"));
        long id = created.getLong("id");
        runToEnd(user, id);
        Api.as(user).when().post("/api/v1/interviews/" + id + "/complete").then().statusCode(200);
        String md = Api.as(user).accept("text/markdown").when().get("/api/v1/interviews/" + id + "/transcript")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/markdown"))
                .extract().asString();
        assertThat(md).contains("**Q:**").contains("**A:**").contains("ML fundamentals").doesNotContain("ml_fundamentals");
        String txt = Api.as(user).accept("text/plain").when().get("/api/v1/interviews/" + id + "/transcript")
                .then().statusCode(200).extract().asString();
        assertThat(txt).contains("Q [").contains("Q [Behavioral]").doesNotContain("[behavioral]");
        JsonPath transcript = Api.as(user).when().get("/api/v1/interviews/" + id + "/transcript")
                .then().statusCode(200).extract().jsonPath();
        assertThat(transcript.getList("entries")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(transcript.getList("entries.answeredAt")).doesNotContainNull();
    }

    @Test
    void planQuestionsDoNotRepeatAcrossSessions() {
        String user = "flow-" + UUID.randomUUID();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            List<String> texts = Api.createInterview(user, Map.of("categories", List.of("ml_fundamentals"),
                    "questionsPerCategory", 5)).statusCode(201).extract().jsonPath().getList("plan.text");
            for (String t : texts) {
                assertThat(seen.add(t)).as("repeated: " + t).isTrue();
            }
        }
    }

    static int runToEnd(String user, long id) {
        return Api.runToEnd(user, id);
    }
}
