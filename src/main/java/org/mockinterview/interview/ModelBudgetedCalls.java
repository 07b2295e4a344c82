package org.mockinterview.interview;

import jakarta.enterprise.context.ApplicationScoped;
import org.mockinterview.ai.LlmRateLimiter;
import org.mockinterview.platform.concurrent.VirtualThreads;
import org.mockinterview.platform.security.CurrentUser;

import java.util.concurrent.CompletionStage;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/** Runs a caller's request that may call the model: on a virtual thread, as the caller, within their model budget. */
@ApplicationScoped
class ModelBudgetedCalls {

    private final CurrentUser user;
    private final VirtualThreads threads;
    private final LlmRateLimiter llmLimit;

    ModelBudgetedCalls(CurrentUser user, VirtualThreads threads, LlmRateLimiter llmLimit) {
        this.user = user;
        this.threads = threads;
        this.llmLimit = llmLimit;
    }

    /**
     * Even the user lookup waits on the database pool under a burst, so it runs on the virtual thread too: worker
     * threads stay free for health checks and short requests. Call it on the request's thread.
     */
    <T> CompletionStage<T> supply(LongFunction<T> work) {
        LongSupplier caller = user.idLater();
        return threads.supply(() -> {
            long uid = caller.getAsLong();
            llmLimit.acquire(uid);
            return work.apply(uid);
        });
    }
}
