package org.mockinterview.ai;

import dev.langchain4j.model.openai.OpenAiChatModel;
import io.quarkiverse.langchain4j.ModelBuilderCustomizer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns off the client's own retries (the config key cannot go below 1, and langchain4j reads 1 as "one retry"),
 * so that the AI services' @Retry is the only retry policy and call counts stay exact.
 */
@ApplicationScoped
public class SingleAttemptChatModel implements ModelBuilderCustomizer<OpenAiChatModel.OpenAiChatModelBuilder> {

    @Override
    public void customize(OpenAiChatModel.OpenAiChatModelBuilder builder) {
        builder.maxRetries(0);
    }
}
