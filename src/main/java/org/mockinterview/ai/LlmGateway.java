package org.mockinterview.ai;

import dev.langchain4j.model.output.TokenUsage;
import dev.langchain4j.service.Result;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The single door to the model: every call is measured, classified and guarded. Retry wraps the circuit breaker
 * (MicroProfile order), so each attempt counts towards opening it; only transient failures (5xx, dropped
 * connections) are retried, once, because a 429 or a timeout would only spend more of the interview's budget.
 */
@ApplicationScoped
public class LlmGateway {

    private static final Logger LOG = Logger.getLogger(LlmGateway.class);

    /** The reply text with its token usage. */
    public record Reply(String text, int inputTokens, int outputTokens) {
    }

    private final PlanGenerator planGenerator;
    private final FollowUpGenerator followUpGenerator;
    private final AnswerReviewer reviewer;
    private final LlmMetrics metrics;

    LlmGateway(PlanGenerator planGenerator, FollowUpGenerator followUpGenerator, AnswerReviewer reviewer,
            LlmMetrics metrics) {
        this.planGenerator = planGenerator;
        this.followUpGenerator = followUpGenerator;
        this.reviewer = reviewer;
        this.metrics = metrics;
    }

    @Retry(maxRetries = 1, delay = 200, jitter = 50, retryOn = LlmException.Transient.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, successThreshold = 1)
    public Reply plan(String quotas, String avoid, String feedback, String resume, String jobDescription) {
        return invoke("plan", () -> planGenerator.generate(quotas, avoid, feedback, Prompts.PLAN_FORMAT, resume,
                jobDescription));
    }

    @Retry(maxRetries = 1, delay = 200, jitter = 50, retryOn = LlmException.Transient.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, successThreshold = 1)
    public Reply followUp(String category, String question, String weaknesses, String answer) {
        return invoke("follow_up", () -> followUpGenerator.generate(category, question, weaknesses,
                Prompts.FOLLOW_UP_FORMAT, answer));
    }

    @Retry(maxRetries = 1, delay = 200, jitter = 50, retryOn = LlmException.Transient.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, successThreshold = 1)
    public Reply review(String category, String question, String keyPoints, String findings, String answer) {
        return invoke("review", () -> reviewer.review(category, question, keyPoints, findings,
                Prompts.REVIEW_FORMAT, answer));
    }

    /**
     * Fails fast while a 429's Retry-After runs. Callers check before the guarded methods, so that these
     * self-imposed refusals neither count towards the circuit breaker nor show up as model calls.
     */
    public void ensureNotRateLimited() {
        Duration cooldown = RateLimitCooldown.remaining();
        if (!cooldown.isZero()) {
            throw new LlmException(LlmException.Reason.RATE_LIMITED,
                    "rate limited; retry after " + cooldown.toSeconds() + "s", null);
        }
    }

    private Reply invoke(String operation, Supplier<Result<String>> call) {
        long start = System.nanoTime();
        try {
            Result<String> result = call.get();
            TokenUsage usage = result.tokenUsage();
            int in = usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
            int out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
            metrics.call(operation, "success", Duration.ofNanos(System.nanoTime() - start), in, out);
            return new Reply(result.content() == null ? "" : result.content(), in, out);
        } catch (RuntimeException e) {
            LlmException failure = LlmException.classify(e);
            metrics.call(operation, failure.reason().code(), Duration.ofNanos(System.nanoTime() - start), 0, 0);
            LOG.debugf(e, "LLM %s call failed: %s", operation, failure.getMessage());
            throw failure;
        }
    }
}
