package org.mockinterview.speech;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockinterview.ai.InjectWireMock;
import org.mockinterview.support.Api;
import org.mockinterview.support.TestTokens;

import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

/** Spoken answers in an interview, transcribed by a WireMock model; and typed answers citing a transcription. */
@QuarkusTest
@TestProfile(WireMockTranscription.On.class)
class SpokenAnswerTest {

    @InjectWireMock
    WireMockServer wireMock;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
    }

    static long[] interview(String user) {
        JsonPath created = Api.createInterview(user, Map.of("questionsPerCategory", 1, "followUps", 0))
                .statusCode(201).extract().jsonPath();
        return new long[] {created.getLong("id"), created.getLong("current.question.id")};
    }

    static io.restassured.response.ValidatableResponse speak(String user, long[] interview, String file, String key,
            Map<String, String> form) {
        var r = given().header("Authorization", TestTokens.bearer(user))
                .multiPart("questionId", String.valueOf(interview[1]))
                .multiPart("audio", file, AudioFixtures.committed(file), "audio/webm");
        if (key != null) {
            r.header("Idempotency-Key", key);
        }
        form.forEach(r::multiPart);
        return r.when().post("/api/v1/interviews/" + interview[0] + "/answers").then();
    }

    @Test
    void aSpokenAnswerIsTranscribedMeasuredAndReplayedByItsKey() {
        String transcript = AudioFixtures.truth().getProperty("transcript");
        TranscriptionApiTest.transcribesAs(wireMock, transcript);
        long[] iv = interview("spoken-1");
        String key = UUID.randomUUID().toString();
        JsonPath first = speak("spoken-1", iv, "speech-pauses.webm", key, Map.of()).statusCode(201)
                .body("turn.answer", equalTo(transcript)).extract().jsonPath();
        assertThat(first.getInt("turn.analysis.delivery.pauses.count")).isEqualTo(2);
        assertThat(first.getDouble("turn.analysis.delivery.pauses.longestSeconds"))
                .isCloseTo(AudioFixtures.truth("longestPauseSeconds"), within(0.3));
        assertThat(first.getDouble("turn.analysis.delivery.speakingSeconds"))
                .isCloseTo(AudioFixtures.truth("speakingSeconds"), within(0.5));
        double trueWpm = AudioFixtures.truth("words") * 60 / AudioFixtures.truth("speakingSeconds");
        assertThat(first.getDouble("turn.analysis.delivery.wordsPerMinute")).isCloseTo(trueWpm, within(trueWpm * 0.1));

        JsonPath replay = speak("spoken-1", iv, "speech-pauses.webm", key, Map.of()).statusCode(201)
                .extract().jsonPath();
        assertThat(replay.getMap("turn")).isEqualTo(first.getMap("turn"));
        wireMock.verify(1, postRequestedFor(urlEqualTo(TranscriptionApiTest.PATH)));
        speak("spoken-1", iv, "speech-pauses.opus", key, Map.of()).statusCode(422)
                .body("type", equalTo("https://mockinterview.org/problems/idempotency-key-reused"));
    }

    @Test
    void aFailedModelFallsBackToTheClientsTextOrAnswers503() {
        wireMock.stubFor(post(urlEqualTo(TranscriptionApiTest.PATH)).willReturn(aResponse().withStatus(500)));
        long[] iv = interview("spoken-2");
        speak("spoken-2", iv, "speech-pauses.webm", null, Map.of()).statusCode(503)
                .body("type", equalTo("https://mockinterview.org/problems/transcription-failed"));
        Api.as("spoken-2").get("/api/v1/interviews/" + iv[0]).then().statusCode(200)
                .body("current.question.id", equalTo((int) iv[1]));
        speak("spoken-2", iv, "speech-pauses.webm", null, Map.of("text", "I owned the fraud model.")).statusCode(201)
                .body("turn.answer", equalTo("I owned the fraud model."))
                .body("turn.analysis.delivery.pauses.count", equalTo(2));
    }

    @Test
    void aTypedAnswerCitesTheCallersTranscriptionOnly() {
        TranscriptionApiTest.transcribesAs(wireMock, "I retrained the model.");
        String id = TranscriptionApiTest.upload("spoken-3", "speech-pauses.webm", Map.of()).statusCode(201)
                .extract().jsonPath().getString("id");
        long[] stranger = interview("spoken-3-other");
        Api.as("spoken-3-other").body(Map.of("questionId", stranger[1], "text", "Mine now.", "transcriptionId", id))
                .post("/api/v1/interviews/" + stranger[0] + "/answers").then().statusCode(404);

        long[] iv = interview("spoken-3");
        String corrected = "I retrained the gradient boosted model and validated it on a time based split.";
        Api.as("spoken-3").body(Map.of("questionId", iv[1], "text", corrected, "transcriptionId", id))
                .post("/api/v1/interviews/" + iv[0] + "/answers").then().statusCode(201)
                .body("turn.answer", equalTo(corrected))
                .body("turn.analysis.delivery.pauses.count", equalTo(2))
                .body("turn.analysis.delivery.audioSeconds", org.hamcrest.Matchers.notNullValue());
    }
}
