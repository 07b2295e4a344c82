package org.mockinterview.speech;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Cost and reliability meters of transcription: calls by outcome, latency, the seconds of audio sent (what
 * speech-to-text APIs bill) and fallbacks by reason, as {@code mockinterview_transcription_*}.
 */
@ApplicationScoped
public class TranscriptionMetrics {

    private final MeterRegistry registry;

    TranscriptionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void call(String outcome, Duration latency, double audioSeconds) {
        registry.counter("mockinterview.transcription.calls", "outcome", outcome).increment();
        Timer.builder("mockinterview.transcription.latency").register(registry).record(latency);
        if ("success".equals(outcome)) {
            registry.counter("mockinterview.transcription.audio.seconds").increment(audioSeconds);
        }
    }

    void fallback(String reason) {
        registry.counter("mockinterview.transcription.fallbacks", "reason", reason).increment();
    }
}
