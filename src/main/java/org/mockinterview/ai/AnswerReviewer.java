package org.mockinterview.ai;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;

/** Asks the model to judge an answer's technical content ({@link Prompts#REVIEW_VERSION}). */
@RegisterAiService(chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
@ApplicationScoped
public interface AnswerReviewer {

    @SystemMessage(fromResource = "prompts/review-system.txt")
    @UserMessage(fromResource = "prompts/review-user.txt")
    Result<String> review(String category, String question, String keyPoints, String findings, String format,
            String answer);
}
