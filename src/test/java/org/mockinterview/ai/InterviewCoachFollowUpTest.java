package org.mockinterview.ai;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockinterview.coach.InterviewCoach;
import org.mockinterview.kernel.Source;
import org.mockinterview.kernel.TokenUsage;
import org.mockinterview.question.FollowUp;
import org.mockinterview.scoring.AnalysisRequest;
import org.mockinterview.scoring.AnswerAnalysis;
import org.mockinterview.scoring.AnswerAnalyzer;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Follow-ups and answer reviews through the LLM, and their fallbacks; shares the LLM-on profile (one boot). */
@QuarkusTest
@TestProfile(LlmOnProfile.class)
class InterviewCoachFollowUpTest {

    static final String CHAT = "/v1/chat/completions";

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    InterviewCoach engine;

    @Inject
    AnswerAnalyzer analyzer;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    org.mockinterview.platform.TestClock clock;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        circuitBreakers.resetAll();
        clock.advance(RateLimitCooldown.MAX_COOLDOWN); // ends any cool-down an earlier test started
    }

    static MappingBuilder followUpCall() {
        return post(urlEqualTo(CHAT)).withRequestBody(containing("Weaknesses found in the answer"));
    }

    static MappingBuilder reviewCall() {
        return post(urlEqualTo(CHAT)).withRequestBody(containing("Points a strong answer covers"));
    }

    AnswerAnalysis vagueBehavioral() {
        return analyzer.analyze(AnalysisRequest.of(AnswerFixtures.VAGUE_ANSWER, AnswerFixtures.behavioral().text(),
                AnswerFixtures.behavioral().category()));
    }

    @Test
    void followUpComesFromTheModelWithoutContactDetails() {
        wireMock.stubFor(followUpCall().willReturn(okJson(WireMockOpenAi.completion(
                "{\"text\": \"Which single change to FraudShield did you make yourself, and what did it do to the false-positive rate?\"}"))));

        Optional<FollowUp> followUp = engine.followUp(AnswerFixtures.behavioral(), AnswerFixtures.VAGUE_ANSWER,
                vagueBehavioral());

        assertThat(followUp).hasValueSatisfying(f -> {
            assertThat(f.source()).isEqualTo(Source.LLM);
            assertThat(f.generator()).isEqualTo("test-model/" + Prompts.FOLLOW_UP_VERSION);
            assertThat(f.text()).contains("FraudShield");
            assertThat(f.usage()).isEqualTo(new TokenUsage(1, 120, 80));
        });
        wireMock.verify(exactly(1), postRequestedFor(urlEqualTo(CHAT)));
        String body = wireMock.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(body).contains("specific_example", "<<<ANSWER>>>").doesNotContain("jane.marlowe@example.com");
    }

    @Test
    void followUpFallsBackToTheTemplateWhenTheModelFails() {
        wireMock.stubFor(followUpCall().willReturn(aResponse().withStatus(500)));

        Optional<FollowUp> followUp = engine.followUp(AnswerFixtures.behavioral(), AnswerFixtures.VAGUE_ANSWER,
                vagueBehavioral());

        assertThat(followUp).hasValueSatisfying(f -> {
            assertThat(f.source()).isEqualTo(Source.TEMPLATE);
            assertThat(f.generator()).isEqualTo(InterviewCoach.TEMPLATE_GENERATOR);
            assertThat(f.text()).contains("FraudShield");
            assertThat(f.usage()).isEqualTo(TokenUsage.ZERO);
        });
        wireMock.verify(exactly(2), postRequestedFor(urlEqualTo(CHAT)));
    }

    @Test
    void followUpFallsBackToTheTemplateWhenTheReplyIsUnusable() {
        wireMock.stubFor(followUpCall().willReturn(okJson(WireMockOpenAi.completion("{\"text\": \"\"}"))));

        Optional<FollowUp> followUp = engine.followUp(AnswerFixtures.knowledge(), "It is about errors.",
                AnswerFixtures.weakKnowledge());

        assertThat(followUp).map(FollowUp::source).contains(Source.TEMPLATE);
        assertThat(followUp).map(FollowUp::text).contains("Can you start with a precise definition?");
        wireMock.verify(exactly(1), postRequestedFor(urlEqualTo(CHAT)));
    }

    @Test
    void slowModelFallsBackToTheTemplateAfterTheFollowUpBudget() {
        wireMock.stubFor(followUpCall().willReturn(okJson(WireMockOpenAi.completion(
                "{\"text\": \"Which single change to FraudShield did you make yourself, and why?\"}"))
                .withFixedDelay(2 * LlmOnProfile.FOLLOW_UP_TIMEOUT_MS)));

        Optional<FollowUp> followUp = engine.followUp(AnswerFixtures.knowledge(), "It is about errors.",
                AnswerFixtures.weakKnowledge());

        assertThat(followUp).map(FollowUp::source).contains(Source.TEMPLATE);
        assertThat(followUp).map(FollowUp::text).contains("Can you start with a precise definition?");
        wireMock.verify(exactly(1), postRequestedFor(urlEqualTo(CHAT)));
    }

    @Test
    void withoutTheModelTheFollowUpIsTheOneTheAnalysisAimedAtTheGap() {
        wireMock.stubFor(followUpCall().willReturn(okJson(WireMockOpenAi.completion("{\"text\": \"\"}"))));
        String answer = "Bias is error from a model that is too simple. For example, a straight line fitted to house"
                + " prices that curve upwards misses them all in the same direction.";
        var analysis = new org.mockinterview.scoring.AnswerAnalyzer().analyze(
                org.mockinterview.scoring.AnalysisRequest.of(answer, AnswerFixtures.knowledge().text(),
                        AnswerFixtures.knowledge().category()));

        Optional<FollowUp> followUp = engine.followUp(AnswerFixtures.knowledge(), answer, analysis);

        assertThat(analysis.followUp()).isNotNull();
        assertThat(followUp).map(FollowUp::text).contains(analysis.followUp().question());
        assertThat(followUp).map(FollowUp::generator).contains(InterviewCoach.ANALYSIS_GENERATOR);
    }

    @Test
    void nothingToProbeMeansNoFollowUpAndNoCall() {
        assertThat(engine.followUp(AnswerFixtures.knowledge(), "Bias is the error from wrong assumptions...",
                AnswerFixtures.strongKnowledge())).isEmpty();
        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }

    @Test
    void reviewIsPresentWhenTheModelAnswers() throws Exception {
        wireMock.stubFor(reviewCall().willReturn(okJson(WireMockOpenAi.completion("""
                {"verdict": "partially_correct",
                 "corrections": ["Variance is sensitivity to the training sample, not noise in the labels."],
                 "modelAnswerOutline": ["Define bias", "Define variance", "Relate both to model complexity"]}"""))));

        Optional<AnswerReview> review = engine.review(AnswerFixtures.knowledge(), "Bias is when the model is "
                        + "wrong and variance is label noise. Call me on +1 415 555 0134.", AnswerFixtures.weakKnowledge())
                .toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertThat(review).hasValueSatisfying(r -> {
            assertThat(r.verdict()).isEqualTo("partially_correct");
            assertThat(r.corrections()).hasSize(1);
            assertThat(r.modelAnswerOutline()).containsExactly("Define bias", "Define variance",
                    "Relate both to model complexity");
            assertThat(r.generator()).isEqualTo("test-model/" + Prompts.REVIEW_VERSION);
        });
        String body = wireMock.getAllServeEvents().get(0).getRequest().getBodyAsString();
        assertThat(body).contains("[PHONE]").doesNotContain("555 0134");
    }

    @Test
    void reviewIsAbsentWhenTheModelFails() throws Exception {
        wireMock.stubFor(reviewCall().willReturn(aResponse().withStatus(502)));

        assertThat(engine.review(AnswerFixtures.knowledge(), "Bias is error.", AnswerFixtures.weakKnowledge())
                .toCompletableFuture().get(10, TimeUnit.SECONDS)).isEmpty();
        wireMock.verify(exactly(2), postRequestedFor(urlEqualTo(CHAT)));
    }

    @Test
    void reviewIsAbsentWhenTheVerdictIsNotAllowed() throws Exception {
        wireMock.stubFor(reviewCall().willReturn(okJson(WireMockOpenAi.completion(
                "{\"verdict\": \"excellent, hire now\", \"corrections\": [], \"modelAnswerOutline\": []}"))));

        assertThat(engine.review(AnswerFixtures.knowledge(), "Bias is error.", AnswerFixtures.weakKnowledge())
                .toCompletableFuture().get(10, TimeUnit.SECONDS)).isEmpty();
    }
}
