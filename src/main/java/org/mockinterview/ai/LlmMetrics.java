package org.mockinterview.ai;

import dev.langchain4j.service.Result;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.mockinterview.kernel.TokenUsage;

import java.time.Duration;
import java.util.function.Supplier;

/** Cost and reliability meters of the LLM layer: calls, tokens, latency and fallbacks per operation. */
@ApplicationScoped
public class LlmMetrics {

    private final MeterRegistry registry;

    LlmMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs one guarded model call (retries included) and records it: success with its tokens, or the reason its fallback gives. */
    <T> Result<T> timed(String operation, Supplier<Result<T>> call) {
        long start = System.nanoTime();
        Result<T> result = call.get();
        LlmException failure = ModelFallback.failureOf(result);
        TokenUsage usage = usage(result);
        call(operation, failure == null ? "success" : failure.reason().code(),
                Duration.ofNanos(System.nanoTime() - start), usage.inputTokens(), usage.outputTokens());
        return result;
    }

    /**
     * One call's tokens. A fallback has none: a reply that did not parse counts as a call (the model answered, its
     * token counts are lost with the parse), any other failure as none.
     */
    static TokenUsage usage(Result<?> result) {
        LlmException failure = ModelFallback.failureOf(result);
        if (failure != null) {
            return failure.reason() == LlmException.Reason.MALFORMED ? new TokenUsage(1, 0, 0) : TokenUsage.ZERO;
        }
        var u = result.tokenUsage();
        return new TokenUsage(1, u == null || u.inputTokenCount() == null ? 0 : u.inputTokenCount(),
                u == null || u.outputTokenCount() == null ? 0 : u.outputTokenCount());
    }

    public void call(String operation, String outcome, Duration latency, int inputTokens, int outputTokens) {
        registry.counter("mockinterview.llm.calls", "operation", operation, "outcome", outcome).increment();
        Timer.builder("mockinterview.llm.latency").tag("operation", operation).register(registry).record(latency);
        if (inputTokens > 0) {
            registry.counter("mockinterview.llm.tokens", "operation", operation, "type", "input").increment(inputTokens);
        }
        if (outputTokens > 0) {
            registry.counter("mockinterview.llm.tokens", "operation", operation, "type", "output").increment(outputTokens);
        }
    }

    public void fallback(String operation, String reason) {
        registry.counter("mockinterview.llm.fallbacks", "operation", operation, "reason", reason).increment();
    }
}
