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
}
