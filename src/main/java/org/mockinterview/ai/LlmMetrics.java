package org.mockinterview.ai;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/** Cost and reliability meters of the LLM layer: calls, tokens, latency and fallbacks per operation. */
@ApplicationScoped
public class LlmMetrics {

    private final MeterRegistry registry;

    LlmMetrics(MeterRegistry registry) {
        this.registry = registry;
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
