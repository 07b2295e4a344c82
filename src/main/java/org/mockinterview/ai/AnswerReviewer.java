package org.mockinterview.ai;

import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.output.OutputParsingException;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Asks the model to judge an answer's technical content ({@link Prompts#REVIEW_VERSION}) within
 * {@code mockinterview.llm.review-timeout}; on any failure the fallback says why and the answer keeps only its
 * deterministic analysis.
 */
@RegisterAiService(chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
@ApplicationScoped
public interface AnswerReviewer {

    @SystemMessage(fromResource = "prompts/review-system.txt")
    @UserMessage(fromResource = "prompts/review-user.txt")
    @Timeout(LlmTimeouts.FROM_CONFIG)
    @Retry(maxRetries = 1, delay = 200, jitter = 50, retryOn = InternalServerException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 30_000, successThreshold = 1,
            skipOn = OutputParsingException.class)
    @Fallback(ModelFallback.Handler.class)
    Result<GeneratedReview> review(String category, String question, String keyPoints, String findings,
            String answer);
}
