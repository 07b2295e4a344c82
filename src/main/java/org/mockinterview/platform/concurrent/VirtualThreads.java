package org.mockinterview.platform.concurrent;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A virtual thread per task for work that waits on slow peers (the LLM, the database), so that hundreds of
 * concurrent interviews never exhaust the worker pool. The annotation-based alternative breaks the build under
 * a JDK 17 Maven, hence an executor of our own.
 */
@ApplicationScoped
public class VirtualThreads {

    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("mi-vt-", 0).factory());

    /** Runs the work on a virtual thread; a failure reaches the caller unwrapped, as the REST mappers expect. */
    public <T> CompletionStage<T> supply(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result;
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdown();
    }
}
