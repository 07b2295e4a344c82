package org.mockinterview.speech;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockinterview.ai.InjectWireMock;
import org.mockinterview.platform.TestClock;
import org.mockinterview.support.TestTokens;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** POST /api/v1/transcriptions against a WireMock model: the transcript, the timing, the hour, the owner, the faults. */
@QuarkusTest
@TestProfile(WireMockTranscription.On.class)
class TranscriptionApiTest {

    static final String PATH = "/v1/audio/transcriptions";

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    TestClock clock;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
    }

    static void transcribesAs(WireMockServer wireMock, String text) {
        wireMock.stubFor(post(urlEqualTo(PATH))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + WireMockTranscription.KEY))
                .withMultipartRequestBody(aMultipart().withName("model")
                        .withBody(WireMock.equalTo(WireMockTranscription.MODEL)))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"text\": " + quoted("  " + text + "\n") + "}")));
    }

    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static io.restassured.response.ValidatableResponse upload(String user, String file, Map<String, String> form) {
        var r = given().header("Authorization", TestTokens.bearer(user))
                .multiPart("audio", file, AudioFixtures.committed(file), "application/octet-stream");
        form.forEach(r::multiPart);
        return r.when().post("/api/v1/transcriptions").then();
    }

    @Test
    void transcribesMeasuresAndKeepsItForTheOwnerForAnHour() {
        String transcript = AudioFixtures.truth().getProperty("transcript");
        transcribesAs(wireMock, transcript);
        JsonPath created = upload("tr-owner", "speech-pauses.webm", Map.of()).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/transcriptions/"))
                .body("text", equalTo(transcript)).body("transcribed", equalTo(true))
                .extract().jsonPath();
        assertThat(created.getInt("pauses.count")).isEqualTo(2);
        assertThat(created.getDouble("pauses.longestSeconds"))
                .isCloseTo(AudioFixtures.truth("longestPauseSeconds"), within(0.3));
        double trueWpm = AudioFixtures.truth("words") * 60 / AudioFixtures.truth("speakingSeconds");
        assertThat(created.getDouble("wordsPerMinute")).isCloseTo(trueWpm, within(trueWpm * 0.1));
        assertThat(created.getDouble("audioSeconds")).isCloseTo(AudioFixtures.truth("audioSeconds"), within(0.1));
        wireMock.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withRequestBodyPart(aMultipart().withName("file").build()));

        String id = created.getString("id");
        given().header("Authorization", TestTokens.bearer("tr-owner")).get("/api/v1/transcriptions/" + id)
                .then().statusCode(200).body("text", equalTo(transcript));
        given().header("Authorization", TestTokens.bearer("tr-stranger")).get("/api/v1/transcriptions/" + id)
                .then().statusCode(404).body("type", equalTo("https://mockinterview.org/problems/not-found"));

        clock.advance(Duration.ofMinutes(61));
        given().header("Authorization", TestTokens.bearer("tr-owner")).get("/api/v1/transcriptions/" + id)
                .then().statusCode(404);
    }

    @Test
    void aServerErrorIsRetriedOnceThenTheClientsTextIsKept() {
        wireMock.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
        upload("tr-faults", "speech-pauses.opus", Map.of("text", " my own words ")).statusCode(201)
                .body("transcribed", equalTo(false)).body("text", equalTo("my own words"))
                .body("pauses.count", equalTo(2));
        wireMock.verify(2, postRequestedFor(urlEqualTo(PATH)));
        assertThat(metrics()).contains("mockinterview_transcription_fallbacks_total{reason=\"server_error\"}")
                .contains("mockinterview_transcription_calls_total{outcome=\"server_error\"}");
    }

    @Test
    void aSlowModelTimesOutWithoutRetryAndTheTextIsNull() {
        wireMock.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFixedDelay(2 * WireMockTranscription.TIMEOUT_MS)
                .withHeader("Content-Type", "application/json").withBody("{\"text\":\"late\"}")));
        upload("tr-faults", "speech-pauses.opus", Map.of()).statusCode(201)
                .body("transcribed", equalTo(false)).body("text", nullValue());
        wireMock.verify(1, postRequestedFor(urlEqualTo(PATH)));
        assertThat(metrics()).contains("mockinterview_transcription_fallbacks_total{reason=\"timeout\"}");
    }

    @Test
    void aClientErrorIsNotRetried() {
        wireMock.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(401)));
        upload("tr-faults", "speech-pauses.opus", Map.of()).statusCode(201).body("transcribed", equalTo(false));
        wireMock.verify(1, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void badAudioIsRefusedBeforeTheModelIsCalled() {
        transcribesAs(wireMock, "never");
        given().header("Authorization", TestTokens.bearer("tr-bad"))
                .multiPart("audio", "a.wav", "%PDF-1.7 not audio".getBytes(), "audio/wav")
                .post("/api/v1/transcriptions").then().statusCode(415)
                .body("type", equalTo("https://mockinterview.org/problems/unsupported-audio"));
        upload("tr-bad", "silence.webm", Map.of()).statusCode(422)
                .body("type", equalTo("https://mockinterview.org/problems/audio-silent"));
        byte[] webm = AudioFixtures.committed("speech-pauses.webm");
        given().header("Authorization", TestTokens.bearer("tr-bad"))
                .multiPart("audio", "cut.webm", java.util.Arrays.copyOf(webm, webm.length / 2), "audio/webm")
                .post("/api/v1/transcriptions").then().statusCode(422)
                .body("type", equalTo("https://mockinterview.org/problems/audio-truncated"));
        given().header("Authorization", TestTokens.bearer("tr-bad"))
                .multiPart("audio", "big.wav", new byte[10 * 1024 * 1024 + 1], "audio/wav")
                .post("/api/v1/transcriptions").then().statusCode(413)
                .body("type", equalTo("https://mockinterview.org/problems/audio-too-large"));
        wireMock.verify(0, postRequestedFor(urlEqualTo(PATH)));
    }

    @Test
    void anUnknownIdIsNotFound() {
        given().header("Authorization", TestTokens.bearer("tr-owner")).get("/api/v1/transcriptions/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }
}
