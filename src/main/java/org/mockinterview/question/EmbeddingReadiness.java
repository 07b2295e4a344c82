package org.mockinterview.question;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of the offline engine: DOWN until the embedding model is loaded and the bank's vectors are in memory. */
@Readiness
@ApplicationScoped
public class EmbeddingReadiness implements HealthCheck {

    private final BackgroundEmbeddingModel model;
    private final QuestionPlanner planner;

    EmbeddingReadiness(BackgroundEmbeddingModel model, QuestionPlanner planner) {
        this.model = model;
        this.planner = planner;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder r = HealthCheckResponse.named("embedding-model").withData("model", model.modelId());
        Throwable failure = model.failure();
        if (failure != null) {
            return r.down().withData("error", String.valueOf(failure.getMessage())).build();
        }
        if (!model.isReady() || !planner.isWarm()) {
            return r.down().withData("state", "loading").build();
        }
        return r.up().withData("loadMillis", model.loadMillis()).build();
    }
}
