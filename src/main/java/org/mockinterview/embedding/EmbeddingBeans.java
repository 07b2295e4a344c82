package org.mockinterview.embedding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** CDI producer of the in-process embedding model, a plain class so unit tests need no CDI. */
@Singleton
public class EmbeddingBeans {

    @Produces
    @Singleton
    BackgroundEmbeddingModel embeddingModel(EmbeddingConfig config) {
        // the first inference initialises ONNX runtime's kernels; it belongs to start-up, not to the first user
        return new BackgroundEmbeddingModel(config.cacheDir(), model -> model.embed("warm-up"));
    }

    void closeEmbeddingModel(@Disposes BackgroundEmbeddingModel model) {
        model.close();
    }

    /** Starts loading the model as soon as the container is up, in parallel with the database and HTTP start. */
    void startLoading(@Observes @Initialized(ApplicationScoped.class) Object event, BackgroundEmbeddingModel model) {
        model.modelId(); // creating the bean starts its loader thread
    }
}
