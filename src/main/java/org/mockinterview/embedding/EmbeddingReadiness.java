package org.mockinterview.embedding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of the offline engine: DOWN until the model is loaded and every warm-up (the bank's vectors) is done. */
@Readiness
@ApplicationScoped
public class EmbeddingReadiness implements HealthCheck {

    private final BackgroundEmbeddingModel model;
    private final Instance<EmbeddingWarmUp> warmUps;

    EmbeddingReadiness(BackgroundEmbeddingModel model, Instance<EmbeddingWarmUp> warmUps) {
        this.model = model;
        this.warmUps = warmUps;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named("embedding-model").withData("model", model.modelId());
        Throwable failure = model.failure();
        if (failure != null) {
            return r.down().withData("error", String.valueOf(failure.getMessage())).build();
        }
        if (!model.isReady() || !warmUps.stream().allMatch(EmbeddingWarmUp::isWarm)) {
            return r.down().withData("state", "loading").build();
        }
        return r.up().withData("loadMillis", model.loadMillis()).build();
    }
}
