package org.mockinterview.ai;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;

/** Asks the model for one follow-up aimed at the weakest part of an answer ({@link Prompts#FOLLOW_UP_VERSION}). */
@RegisterAiService(chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
@ApplicationScoped
public interface FollowUpGenerator {

    @SystemMessage(fromResource = "prompts/follow-up-system.txt")
    @UserMessage(fromResource = "prompts/follow-up-user.txt")
    Result<String> generate(String category, String question, String weaknesses, String format, String answer);
}
