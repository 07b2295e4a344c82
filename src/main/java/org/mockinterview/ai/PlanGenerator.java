package org.mockinterview.ai;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;
import io.quarkiverse.langchain4j.RegisterAiService;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Asks the model for tailored replacement questions, one structured call per plan ({@link Prompts#PLAN_VERSION}).
 * The reply stays text here: {@link PlanValidator} parses it leniently so one bad item does not sink the rest.
 */
@RegisterAiService(chatMemoryProviderSupplier = RegisterAiService.NoChatMemoryProviderSupplier.class)
@ApplicationScoped
public interface PlanGenerator {

    @SystemMessage(fromResource = "prompts/plan-system.txt")
    @UserMessage(fromResource = "prompts/plan-user.txt")
    Result<String> generate(String quotas, String avoid, String feedback, String format, String resume,
            String jobDescription);
}
