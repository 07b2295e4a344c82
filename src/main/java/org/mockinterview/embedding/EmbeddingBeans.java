package org.mockinterview.embedding;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** CDI producers of the in-process embedding model and its query-vector cache (plain classes: tests need no CDI). */
@Singleton
public class EmbeddingBeans {

    @Produces
    @Singleton
    BackgroundEmbeddingModel embeddingModel(EmbeddingConfig config) {
        // the first inference initialises ONNX runtime's kernels; it belongs to start-up, not to the first user
        return new BackgroundEmbeddingModel(config.cacheDir(), model -> model.embed("warm-up"));
    }

    @Produces
    @Singleton
    QueryVectorCache queryVectorCache(BackgroundEmbeddingModel model, @CacheName(QueryVectorCache.NAME) Cache cache) {
        return new QueryVectorCache(model, cache);
    }

    void closeEmbeddingModel(@Disposes BackgroundEmbeddingModel model) {
        model.close();
    }

    /** Starts loading the model as soon as the container is up, in parallel with the database and HTTP start. */
    void startLoading(@Observes @Initialized(ApplicationScoped.class) Object event, BackgroundEmbeddingModel model) {
        model.modelId(); // creating the bean starts its loader thread
    }
}
