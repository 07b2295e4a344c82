package org.mockinterview.interview;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.Api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A process that dies between storing an answer and advancing the interview leaves a committed answer behind;
 * the next read of the interview finishes that turn, so nothing is lost and nothing is asked twice.
 */
@QuarkusTest
class CrashRecoveryTest {

    @Inject
    AnswerRepository answers;

    @Test
    void answerCommittedBeforeACrashIsAnalysedAndTheInterviewMovesOn() {
        String user = "crash-" + UUID.randomUUID();
        JsonPath created = Api.createInterview(user, Map.of("categories", List.of("behavioral"),
                "questionsPerCategory", 2, "followUps", 0)).statusCode(201).extract().jsonPath();
        long id = created.getLong("id");
        long q = created.getLong("current.question.id");

        // what transaction 1 leaves behind when the JVM dies before transaction 2
        QuarkusTransaction.requiringNew().run(() -> {
            Answer a = new Answer();
            a.interviewId = id;
            a.questionId = q;
            a.text = Api.GOOD;
            a.durationSeconds = 45;
            a.createdAt = OffsetDateTime.now();
            answers.persist(a);
        });

        JsonPath state = Api.as(user).when().get("/api/v1/interviews/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(state.getLong("current.question.id")).isNotEqualTo(q);
        assertThat(state.getInt("progress.answered")).isEqualTo(1);
        Answer stored = answers.forQuestion(q).orElseThrow();
        assertThat(stored.analysis).isNotNull();
        assertThat(stored.analysisEngine).isNotBlank();
        assertThat(answers.count("questionId", q)).isEqualTo(1);
    }
}
