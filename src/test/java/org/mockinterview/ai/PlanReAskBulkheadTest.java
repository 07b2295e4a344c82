package org.mockinterview.ai;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockinterview.coach.InterviewCoach;
import org.mockinterview.kernel.Category;
import org.mockinterview.question.PlanResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A burst of plans whose first replies are all unusable: at most {@link PlanGenerator#CONCURRENT_REASKS} re-asks
 * reach the model at once, every other plan ends on the offline engine without a second call, and the shed re-asks
 * never open the re-ask's circuit.
 */
@QuarkusTest
@TestProfile(LlmOnProfile.class)
class PlanReAskBulkheadTest {

    static final String CHAT = "/v1/chat/completions";
    static final String REASK = "previous reply had these problems";
    static final int PLANS = PlanGenerator.CONCURRENT_REASKS + 8;

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    InterviewCoach engine;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    MeterRegistry registry;

    @BeforeEach
    void reset() {
        wireMock.resetAll();
        circuitBreakers.resetAll();
    }

    @Test
    void reAsksBeyondTheBulkheadAreShedAndThoseStillRunAreNotAffected() throws Exception {
        String prose = WireMockOpenAi.completion("Here are some great questions for you!");
        wireMock.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing("RESUME"))
                .withRequestBody(notContaining(REASK)).willReturn(okJson(prose)));
        // The re-asks stay in flight (within the re-ask's half of the 4 s budget) while the other first replies land.
        wireMock.stubFor(post(urlEqualTo(CHAT)).withRequestBody(containing(REASK))
                .willReturn(okJson(prose).withFixedDelay(LlmOnProfile.PLAN_TIMEOUT_MS * 2 / 5)));
        List<Category> categories = List.of(Category.ML_FUNDAMENTALS, Category.BEHAVIORAL);

        List<PlanResult> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<PlanResult>> plans = new ArrayList<>();
            for (int i = 0; i < PLANS; i++) {
                String extra = "Also built ledger number " + i + ".";
                plans.add(threads.submit(() -> engine.plan(
                        Fixtures.request(Fixtures.resume(extra), "sha-bulkhead-" + extra.hashCode(), categories))));
            }
            for (Future<PlanResult> plan : plans) {
                results.add(plan.get(30, TimeUnit.SECONDS));
            }
        }

        assertThat(results).allSatisfy(r ->
                assertThat(r.notes()).containsExactly("llm unavailable: malformed; offline engine used"));
        wireMock.verify(exactly(PLANS), postRequestedFor(urlEqualTo(CHAT)).withRequestBody(notContaining(REASK)));
        int reAsked = (int) results.stream().filter(r -> r.usage().calls() == 2).count();
        assertThat(reAsked).isEqualTo(PlanGenerator.CONCURRENT_REASKS);
        wireMock.verify(exactly(reAsked), postRequestedFor(urlEqualTo(CHAT)).withRequestBody(containing(REASK)));
        assertThat(results).filteredOn(r -> r.usage().calls() == 1).hasSize(PLANS - reAsked);
        assertThat(registry.counter("mockinterview.llm.calls", "operation", "plan", "outcome", "busy").count())
                .isGreaterThanOrEqualTo(PLANS - reAsked);

        // Shedding is not the model's failure: the next plan still gets its re-ask.
        PlanResult after = engine.plan(Fixtures.request(Fixtures.resume("Later."), "sha-bulkhead-after", categories));
        assertThat(after.usage().calls()).isEqualTo(2);
    }
}
