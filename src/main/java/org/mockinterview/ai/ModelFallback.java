package org.mockinterview.ai;

import dev.langchain4j.service.Result;

/**
 * What an AI service's {@code @Fallback} returns instead of the model's answer: an empty record and why the call
 * failed, so callers use their offline alternative and say what produced the result.
 */
public final class ModelFallback<T> extends Result<T> {

    private final LlmException failure;

    private ModelFallback(T empty, LlmException failure) {
        super(empty, null, null, null, null);
        this.failure = failure;
    }

    /** The fallback result of a call that threw {@code error}, classified. */
    public static <T> Result<T> of(T empty, Throwable error) {
        return new ModelFallback<>(empty, LlmException.classify(error));
    }

    /** Why the call failed, or null when {@code result} is the model's own answer. */
    public static LlmException failureOf(Result<?> result) {
        return result instanceof ModelFallback<?> f ? f.failure : null;
    }
}
