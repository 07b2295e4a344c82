package org.mockinterview.support;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * Small helpers for driving the API as a named user in tests.
 */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String user) {
        return given().header("Authorization", TestTokens.bearer(user)).contentType(ContentType.JSON);
    }

    public static ValidatableResponse createInterview(String user, Map<String, Object> body) {
        return as(user).body(body).when().post("/api/v1/interviews").then();
    }

    public static ValidatableResponse answer(String user, long interviewId, long questionId, String text,
            String key) {
        RequestSpecification r = as(user);
        if (key != null) {
            r.header("Idempotency-Key", key);
        }
        return r.body(Map.of("questionId", questionId, "text", text, "durationSeconds", 30))
                .when().post("/api/v1/interviews/" + interviewId + "/answers").then();
    }

    /** A complete STAR answer with a measurable, business-relevant result. */
    /** A short plain-text resume with one job, one titled project, a school and skills. */
    public static final String RESUME = """
            Dana Smith
            dana@example.org
            EXPERIENCE
            Data Scientist, Payments Co, 2021 - 2024
            - Built a fraud detection model with XGBoost on imbalanced transactions
            PROJECTS
            Card Fraud Detection
            - Trained XGBoost on 2M transactions, optimised precision at 90% recall, reduced chargebacks 12%
            EDUCATION
            MSc Statistics, State University, 2019 - 2021
            SKILLS
            Python, SQL, XGBoost, scikit-learn
            """;

    public static final String GOOD = "At my last company our churn model missed many cancellations. I was asked to "
            + "improve recall before the renewal season. I rebuilt the features from billing events, retrained a "
            + "gradient boosted model and validated it on a time-based split. Recall rose from 0.61 to 0.78 and "
            + "the retention team saved about $300k in renewals that quarter.";

    /** A vague answer that leaves something to probe. */
    public static final String WEAK = "I think it is kind of about making the model better, you know.";

    /** Answers until no question is open (weak and good answers alternate), returns the turns taken. */
    public static int runToEnd(String user, long id) {
        int turns = 0;
        io.restassured.path.json.JsonPath state = as(user).when().get("/api/v1/interviews/" + id).then()
                .extract().jsonPath();
        Long current = state.getObject("current.question.id", Long.class);
        while (current != null && turns < 40) {
            String text = turns % 2 == 0 ? WEAK : GOOD;
            io.restassured.path.json.JsonPath result = answer(user, id, current, text,
                    java.util.UUID.randomUUID().toString())
                    .statusCode(201).body("turn.questionId", org.hamcrest.Matchers.equalTo(current.intValue()))
                    .extract().jsonPath();
            current = result.getObject("next.id", Long.class);
            turns++;
        }
        return turns;
    }
}
