package org.mockinterview.ai;

import dev.langchain4j.service.Result;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;

/**
 * What an AI service's {@code @Fallback} returns instead of the model's answer: no content and why the call
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

    /**
     * The {@code @Fallback} of every AI service method: no content (callers read {@link #failureOf} first) and the
     * classified failure. Raw, because the generated implementations return the raw {@code Result} and Fault
     * Tolerance compares the types exactly.
     */
    @SuppressWarnings("rawtypes")
    public static final class Handler implements FallbackHandler<Result> {
        @Override
        public Result handle(ExecutionContext context) {
            return ModelFallback.of(null, context.getFailure());
        }
    }

    /** Why the call failed, or null when {@code result} is the model's own answer. */
    public static LlmException failureOf(Result<?> result) {
        return result instanceof ModelFallback<?> f ? f.failure : null;
    }
}
