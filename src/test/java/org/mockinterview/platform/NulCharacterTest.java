package org.mockinterview.platform;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.Api;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * NUL characters, which PostgreSQL refuses in text and jsonb alike, in every free-text field that is stored: the
 * request is served (or refused with a 4xx), never a 500.
 */
@QuarkusTest
class NulCharacterTest {

    private static final String NUL = "\u0000";

    @Test
    void aJobDescriptionWithNulsPlansAndStoresTheInterview() {
        long id = Api.createInterview("nul-jd", Map.of("categories", List.of("behavioral"), "questionsPerCategory", 1,
                "jobDescription", "Fraud" + NUL + " analyst, Python" + NUL)).statusCode(201).extract().jsonPath()
                .getLong("id");
        Api.as("nul-jd").when().get("/api/v1/interviews/" + id).then().statusCode(200)
                .body("settings.jobDescription", equalTo(true));
    }

    @Test
    void pastedResumeTextWithNulsIsStoredWithoutThem() {
        String text = "Jane" + NUL + " Doe\nExperience\nData Scientist" + NUL + ", Acme Bank, 2021-2024\n"
                + "- Built a fraud model with XGBoost" + NUL + ", recall 0.82\nSkills\nPython, SQL" + NUL;
        Api.as("nul-resume").body(Map.of("text", text, "fileName", "cv" + NUL + ".txt"))
                .when().post("/api/v1/resumes").then().statusCode(201)
                .body(not(containsString("\\u0000")));
    }

    @Test
    void anAnswerAndAnAnalysisWithNulsAreServed() {
        var created = Api.createInterview("nul-answer", Map.of("categories", List.of("behavioral"),
                "questionsPerCategory", 1)).statusCode(201).extract().jsonPath();
        Api.answer("nul-answer", created.getLong("id"), created.getLong("current.question.id"),
                Api.GOOD.replace(" ", " " + NUL), "nul-key").statusCode(201);
        Api.as("nul-answer").body(Map.of("answer", "I" + NUL + " built it", "question", "Why" + NUL + "?"))
                .when().post("/api/v1/answer-analyses").then().statusCode(anyOf(equalTo(200), equalTo(400)));
    }
}
