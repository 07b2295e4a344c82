package org.mockinterview.story;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.Api;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The story bank through the API: drafted stories, stories filed from answers and retries (one story told again
 * updates it), theme coverage, the overuse warning, suggestions and ownership.
 */
@QuarkusTest
class StoryBankTest {

    static final String MESSY = "The claims data I inherited was messy: duplicated claim ids and dates in three "
            + "formats. I wrote validation checks and deduplicated on a composite key. Manual review time fell by half.";
    static final String BETTER_CHURN = Api.GOOD + " I also presented the trade-off between recall and campaign cost "
            + "to the retention lead, and we agreed on a threshold.";

    @Test
    void draftedStoriesAreAnalysedClassifiedEditedAndDeleted() {
        String user = "stories-" + UUID.randomUUID();
        Api.as(user).when().get("/api/v1/stories").then().statusCode(200)
                .body("stories.size()", equalTo(0)).body("missingThemes.size()", equalTo(5))
                .body("coverage.size()", equalTo(5)).body("coverage[0].covered", equalTo(false));
        JsonPath created = Api.as(user).body(Map.of("text", MESSY)).when().post("/api/v1/stories").then()
                .statusCode(201).header("Location", notNullValue()).body("origin", equalTo("manual"))
                .body("timesUsed", equalTo(0)).extract().jsonPath();
        long id = created.getLong("id");
        assertThat(created.getList("themes", String.class)).contains("messy_data");
        assertThat(created.getString("title")).startsWith("The claims data I inherited was messy");
        assertThat(created.getString("star.action")).contains("validation checks");
        assertThat(created.getInt("score")).isBetween(1, 100);

        JsonPath bank = Api.as(user).when().get("/api/v1/stories").then().statusCode(200).extract().jsonPath();
        assertThat(bank.getList("stories.id", Long.class)).containsExactly(id);
        assertThat(bank.getList("missingThemes", String.class)).doesNotContain("messy_data").hasSize(4);
        assertThat(bank.getList("coverage.find { it.theme == 'messy_data' }.storyIds", Long.class)).containsExactly(id);

        JsonPath edited = Api.as(user).body(Map.of("title", "Interpretable credit model", "text",
                "Regulators required reason codes, so I chose an interpretable scorecard over a black-box model. "
                        + "We passed the audit."))
                .when().put("/api/v1/stories/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(edited.getString("title")).isEqualTo("Interpretable credit model");
        assertThat(edited.getList("themes", String.class)).containsExactly("accuracy_vs_interpretability");

        Api.as(user).when().delete("/api/v1/stories/" + id).then().statusCode(204);
        Api.as(user).when().get("/api/v1/stories/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(user).body(Map.of("text", "")).when().post("/api/v1/stories").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void oneStoryToldAgainIsOneStoryAndOveruseIsFlagged() {
        String user = "told-" + UUID.randomUUID();
        JsonPath created = Api.createInterview(user, Map.of("categories", List.of("behavioral"),
                "questionsPerCategory", 3, "followUps", 0)).statusCode(201)
                .body("current.suggestedStoryId", nullValue()).extract().jsonPath();
        long id = created.getLong("id");
        List<Long> questions = created.getList("plan.id", Long.class);
        List<String> lastFeedback = List.of();
        for (long q : questions) {
            lastFeedback = Api.answer(user, id, q, Api.GOOD, UUID.randomUUID().toString()).statusCode(201)
                    .extract().jsonPath().getList("turn.analysis.feedback", String.class);
        }
        assertThat(lastFeedback).anyMatch(f -> f.contains("overused"));
        JsonPath bank = Api.as(user).when().get("/api/v1/stories").then().statusCode(200).extract().jsonPath();
        assertThat(bank.getList("stories")).hasSize(1);
        assertThat(bank.getString("stories[0].origin")).isEqualTo("answer");
        assertThat(bank.getInt("stories[0].timesUsed")).isEqualTo(3);
        assertThat(bank.getList("stories[0].answerIds")).hasSize(3);
        assertThat(bank.getString("stories[0].lastUsedAt")).isNotNull();
        int firstScore = bank.getInt("stories[0].score");

        // a better telling in a retry updates the same story and keeps the best analysis
        JsonPath retry = Api.as(user).body(Map.of("text", BETTER_CHURN)).when()
                .post("/api/v1/interviews/" + id + "/questions/" + questions.get(0) + "/attempts").then()
                .statusCode(201).extract().jsonPath();
        JsonPath after = Api.as(user).when().get("/api/v1/stories").then().extract().jsonPath();
        assertThat(after.getList("stories")).hasSize(1);
        assertThat(after.getInt("stories[0].timesUsed")).isEqualTo(4);
        assertThat(after.getList("stories[0].attemptIds", Long.class)).containsExactly(retry.getLong("attempt.id"));
        assertThat(after.getInt("stories[0].score"))
                .isEqualTo(Math.max(firstScore, retry.getInt("analysis.score")));

        // the next behavioral interview suggests it
        long story = after.getLong("stories[0].id");
        Api.createInterview(user, Map.of("categories", List.of("behavioral"), "questionsPerCategory", 1))
                .statusCode(201).body("current.suggestedStoryId", equalTo((int) story));
    }

    @Test
    void anotherUsersStoryIsNotFound() {
        String owner = "owner-" + UUID.randomUUID();
        long id = Api.as(owner).body(Map.of("text", MESSY)).when().post("/api/v1/stories").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String intruder = "intruder-" + UUID.randomUUID();
        Api.as(intruder).when().get("/api/v1/stories/" + id).then().statusCode(404);
        Api.as(intruder).body(Map.of("text", "mine now")).when().put("/api/v1/stories/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(intruder).when().delete("/api/v1/stories/" + id).then().statusCode(404);
        Api.as(intruder).when().get("/api/v1/stories").then().body("stories.size()", equalTo(0));
        Api.as(owner).when().get("/api/v1/stories/" + id).then().statusCode(200).body("text", equalTo(MESSY));
    }
}
