package org.mockinterview.ai;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mockinterview.coach.InterviewCoach;
import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.PlannedQuestion;
import org.mockinterview.kernel.Source;
import org.mockinterview.kernel.TokenUsage;
import org.mockinterview.question.PlanResult;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** With the LLM forced off (even though a key is configured) everything is offline and nothing is sent. */
@QuarkusTest
@TestProfile(LlmOffProfile.class)
class LlmOffTest {

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    InterviewCoach engine;

    @Test
    void everythingIsOfflineAndNoRequestIsMade() throws Exception {
        assertThat(engine.llmEnabled()).isFalse();

        PlanResult plan = engine.plan(Fixtures.request(Fixtures.resume(""), "sha-off",
                List.of(Category.ML_FUNDAMENTALS, Category.BEHAVIORAL)));
        assertThat(plan.questions()).hasSize(4).extracting(PlannedQuestion::source)
                .doesNotContain(Source.LLM);
        assertThat(plan.usage()).isEqualTo(TokenUsage.ZERO);
        assertThat(plan.notes()).containsExactly("llm disabled; offline engine used");

        assertThat(engine.followUp(AnswerFixtures.knowledge(), "It is about errors.", AnswerFixtures.weakKnowledge()))
                .hasValueSatisfying(f -> assertThat(f.source()).isEqualTo(Source.TEMPLATE));
        assertThat(engine.review(AnswerFixtures.knowledge(), "It is about errors.", AnswerFixtures.weakKnowledge())
                .toCompletableFuture().get(5, TimeUnit.SECONDS)).isEmpty();

        assertThat(wireMock.getAllServeEvents()).isEmpty();
    }
}
