package org.mockinterview.speech;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.Api;
import org.mockinterview.support.TestTokens;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Without a transcription model: audio is still measured, and a spoken answer needs the client's own text. */
@QuarkusTest
class SpeechOffTest {

    @Test
    void aSpokenAnswerWithoutTextIsRefusedAndNothingIsStored() {
        JsonPath created = Api.createInterview("speech-off", Map.of("questionsPerCategory", 1, "followUps", 0))
                .statusCode(201).extract().jsonPath();
        long[] iv = {created.getLong("id"), created.getLong("current.question.id")};
        SpokenAnswerTest.speak("speech-off", iv, "speech-pauses.webm", null, Map.of()).statusCode(422)
                .body("type", equalTo("https://mockinterview.org/problems/transcription-unavailable"))
                .body("detail", org.hamcrest.Matchers.containsString("MOCKINTERVIEW_TRANSCRIPTION_BASE_URL"));
        Api.as("speech-off").get("/api/v1/interviews/" + iv[0]).then().statusCode(200)
                .body("current.question.id", equalTo((int) iv[1]));
        SpokenAnswerTest.speak("speech-off", iv, "speech-pauses.opus", null,
                        Map.of("text", "I owned the fraud model and retrained it."))
                .statusCode(201).body("turn.analysis.delivery.pauses.count", equalTo(2));
    }

    @Test
    void aTranscriptionIsMeasuredAndMarkedUntranscribed() {
        TranscriptionApiTest.upload("speech-off-2", "speech-pauses.webm", Map.of()).statusCode(201)
                .body("transcribed", equalTo(false)).body("text", nullValue()).body("wordsPerMinute", nullValue())
                .body("pauses.count", equalTo(2));
        TranscriptionApiTest.upload("speech-off-2", "speech-pauses.webm", Map.of("text", "Browser words here."))
                .statusCode(201).body("transcribed", equalTo(false)).body("text", equalTo("Browser words here."));
        TranscriptionApiTest.upload("speech-off-2", "speech-pauses.webm", Map.of("text", "a".repeat(20_001)))
                .statusCode(400).body("errors[0].field", equalTo("text"));
    }

    @Test
    void anOversizedRecordingIsRefusedFromItsDeclaredLength() throws Exception {
        // a browser's FormData upload declares its length, which is refused before the body is read
        String boundary = "b" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"a.webm\"\r\n"
                + "Content-Type: audio/webm\r\n\r\n").getBytes());
        body.write(new byte[11 * 1024 * 1024]);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes());
        for (String path : new String[] {"/api/v1/interviews/1/answers", "/api/v1/transcriptions"}) {
            java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(io.restassured.RestAssured.baseURI + ":"
                                    + io.restassured.RestAssured.port + path))
                            .header("Authorization", TestTokens.bearer("speech-off-3"))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            org.assertj.core.api.Assertions.assertThat(response.statusCode()).as(path).isEqualTo(413);
            org.assertj.core.api.Assertions.assertThat(response.body()).contains("problems/audio-too-large");
        }
    }
}
