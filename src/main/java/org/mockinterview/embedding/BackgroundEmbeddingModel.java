package org.mockinterview.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The embedding model, loaded on a thread of its own from construction on, so the rest of the service boots and opens
 * its port meanwhile. Callers that need it before it is loaded wait; readiness reports it as loading.
 */
public final class BackgroundEmbeddingModel implements EmbeddingModel, ModelIdentity, AutoCloseable {

    private final CompletableFuture<MiniLm> model = new CompletableFuture<>();
    /**
     * Inference is native code: on a virtual thread it would hold its carrier for the whole run, and a burst of
     * plans would leave no carrier for the virtual threads that hold database connections, stalling the pool.
     * Virtual threads hand it to these platform threads, one per core, and wait unmounted.
     */
    private final ExecutorService inference = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().name("embedding-", 0).daemon().factory());
    private final String modelId = MiniLm.fingerprint();
    private final long startNanos = System.nanoTime();
    private volatile long loadMillis = -1;

    /** @param warmUp runs once the model is loaded, still before {@link #isReady()}, e.g. a first inference */
    public BackgroundEmbeddingModel(Path cacheDir, java.util.function.Consumer<EmbeddingModel> warmUp) {
        Thread.ofPlatform().name("embedding-model-loader").daemon().start(() -> {
            try {
                MiniLm loaded = MiniLm.load(cacheDir);
                warmUp.accept(loaded);
                loadMillis = (System.nanoTime() - startNanos) / 1_000_000;
                model.complete(loaded);
            } catch (RuntimeException | Error e) {
                model.completeExceptionally(e);
            }
        });
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        if (!Thread.currentThread().isVirtual()) {
            return loaded().embedAll(segments);
        }
        try {
            return CompletableFuture.supplyAsync(() -> loaded().embedAll(segments), inference).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public int dimension() {
        return loaded().dimension();
    }

    @Override
    public String modelId() {
        return modelId;
    }

    /** True once loaded and warmed up. */
    public boolean isReady() {
        return model.state() == java.util.concurrent.Future.State.SUCCESS;
    }

    /** Why loading failed, or null. */
    public Throwable failure() {
        return model.state() == java.util.concurrent.Future.State.FAILED ? model.exceptionNow() : null;
    }

    /** Milliseconds from construction to loaded and warm, or -1 while loading. */
    public long loadMillis() {
        return loadMillis;
    }

    @Override
    public void close() {
        inference.shutdown();
        model.thenAccept(MiniLm::close);
    }

    private MiniLm loaded() {
        try {
            return model.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the embedding model failed to load", e.getCause());
        }
    }
}
