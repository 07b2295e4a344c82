package org.mockinterview.ai;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mockinterview.interview.AnswerRepository;
import org.mockinterview.support.Api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A whole interview with the model behind an OpenAI-compatible WireMock: LLM questions, an LLM follow-up,
 * a stored review; and the same interview still runs when the model fails.
 */
@QuarkusTest
@TestProfile(LlmOnProfile.class)
class InterviewWithLlmTest {

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    AnswerRepository answers;

    @Inject
    io.smallrye.faulttolerance.api.CircuitBreakerMaintenance circuitBreakers;

    @Inject
    org.mockinterview.platform.TestClock clock;

    /** Each test starts with a healthy model client: closed breakers, no 429 cool-down. */
    @org.junit.jupiter.api.BeforeEach
    void reset() {
        circuitBreakers.resetAll();
        clock.advance(RateLimitCooldown.MAX_COOLDOWN); // ends any cool-down an earlier test started
    }

    @Test
    void interviewRunsOnTheModel() throws Exception {
        wireMock.resetAll();
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("RESUME"))
                .willReturn(okJson(WireMockOpenAi.completion(WireMockOpenAi.plan(
                        "ml_fundamentals", "How would you explain regularisation to a new analyst, with an example?",
                        "behavioral", "Tell me about a model you shipped that underperformed: what did you do?")))));
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("Weaknesses found"))
                .willReturn(okJson(WireMockOpenAi.completion(
                        "{\"text\": \"What measurable outcome did your change produce?\"}"))));
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("Points a strong"))
                .willReturn(okJson(WireMockOpenAi.completion("{\"verdict\": \"partially_correct\", "
                        + "\"corrections\": [\"Mention the penalty term\"], \"modelAnswerOutline\": [\"define\", \"example\"]}"))));

        warmReviewPath();
        String user = "llm-" + UUID.randomUUID();
        JsonPath created = Api.createInterview(user, Map.of("categories", List.of("ml_fundamentals", "behavioral"),
                "questionsPerCategory", 1, "followUps", 1)).statusCode(201).extract().jsonPath();
        assertThat(created.getList("plan.source", String.class)).containsOnly("llm");
        long id = created.getLong("id");
        long q = created.getLong("current.question.id");

        JsonPath first = Api.answer(user, id, q, "I think it is kind of about making it better.", "k1")
                .statusCode(201).extract().jsonPath();
        assertThat(first.getString("followUp.source")).isEqualTo("llm");
        assertThat(first.getString("followUp.text")).contains("measurable outcome");
        try {
            // each poll in its own transaction: the test's session would otherwise keep returning its first read
            waitFor(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                    .call(() -> answers.forQuestion(q).map(a -> a.review != null).orElse(false)));
        } catch (AssertionError e) {
            // show what the model server saw, to tell a missing call from a slow or rejected one
            wireMock.getAllServeEvents().forEach(ev -> System.out.println("model request -> "
                    + ev.getResponse().getStatus() + " " + ev.getRequest().getBodyAsString().replace('\n', ' ')
                    .substring(0, Math.min(300, ev.getRequest().getBodyAsString().length()))));
            throw e;
        }
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> answers.forQuestion(q).orElseThrow().reviewGenerator)).startsWith(WireMockOpenAi.MODEL);
        // the answer's rules outline was replaced by the model's, and says so
        assertThat(first.getString("turn.analysis.strongerAnswer.source")).isEqualTo("rules");
        var stronger = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> answers.forQuestion(q).orElseThrow().analysis.strongerAnswer());
        assertThat(stronger.source()).isEqualTo("llm");
        assertThat(stronger.outline()).extracting(o -> o.text()).containsExactly("define", "example");

        int turns = Api.runToEnd(user, id);
        assertThat(turns).isPositive();
        Api.as(user).when().post("/api/v1/interviews/" + id + "/complete").then().statusCode(200)
                .body("answered", equalTo(turns + 1));
    }

    @Test
    void modelDownStillRunsTheInterviewOnTheOfflineEngine() {
        wireMock.resetAll();
        wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(aResponse().withStatus(500)));
        String user = "llm-down-" + UUID.randomUUID();
        JsonPath created = Api.createInterview(user, Map.of("categories", List.of("model_evaluation"),
                "questionsPerCategory", 2)).statusCode(201).extract().jsonPath();
        assertThat(created.getList("plan.source", String.class)).containsOnly("bank");
        long id = created.getLong("id");
        Api.runToEnd(user, id);
        Api.as(user).when().post("/api/v1/interviews/" + id + "/complete").then().statusCode(200);
    }

    @Test
    void connectionResetAndTruncatedJsonFallBackWithProvenance() {
        for (var reply : List.of(
                aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER),
                okJson(WireMockOpenAi.completion("{\"questions\": [{\"category\": \"ml_fund")),
                okJson("{\"id\": \"chatcmpl-x\", \"choices\": [{\"mess"),
                aResponse().withStatus(429).withHeader("Retry-After", "1"))) {
            wireMock.resetAll();
            clock.advance(RateLimitCooldown.MAX_COOLDOWN);
            wireMock.stubFor(post(urlEqualTo("/v1/chat/completions")).willReturn(reply));
            String user = "llm-fault-" + UUID.randomUUID();
            JsonPath created = Api.createInterview(user, Map.of("categories", List.of("ml_fundamentals"),
                    "questionsPerCategory", 2, "followUps", 1)).statusCode(201).extract().jsonPath();
            assertThat(created.getList("plan.source", String.class)).containsOnly("bank");
            long id = created.getLong("id");
            JsonPath transcript = Api.as(user).when().get("/api/v1/interviews/" + id + "/transcript").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(transcript.getList("entries.generator", String.class))
                    .allSatisfy(g -> assertThat(g).startsWith("offline-planner"));
            Api.runToEnd(user, id);
            Api.as(user).when().post("/api/v1/interviews/" + id + "/complete").then().statusCode(200);
        }
    }

    @Inject
    org.mockinterview.coach.InterviewCoach engine;

    @Inject
    org.mockinterview.scoring.AnswerAnalyzer analyzer;

    /**
     * The first review call initialises the AI service, which on a busy machine can exceed the test profile's
     * deliberately short 1 s model timeout; one call up front keeps the assertion about the stored review honest.
     */
    private void warmReviewPath() throws Exception {
        var question = new org.mockinterview.kernel.PlannedQuestion(org.mockinterview.kernel.Category.ML_FUNDAMENTALS,
                "What is regularisation?", org.mockinterview.kernel.Source.BANK, null, "warm", "warm", "warm",
                List.of("penalises large weights"), org.mockinterview.kernel.Difficulty.EASY);
        var analysis = analyzer.analyze(org.mockinterview.scoring.AnalysisRequest.of("It penalises weights.",
                question.text(), question.category()));
        engine.review(question, "It penalises weights.", analysis).toCompletableFuture()
                .get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 20 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
