package org.mockinterview.ai;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/** Decides once whether the LLM is used and which model name goes into provenance strings. */
@ApplicationScoped
public class LlmSettings {

    // quarkus-langchain4j's default, and application.properties' placeholder: both mean "no key".
    static final String DUMMY_KEY = "dummy";
    static final String NO_KEY = "no-key-configured";

    private final boolean enabled;
    private final String modelName;

    LlmSettings(LlmConfig config) {
        var cfg = ConfigProvider.getConfig();
        String key = cfg.getOptionalValue("quarkus.langchain4j.openai.api-key", String.class).orElse("");
        this.enabled = config.enabled().orElse(hasRealKey(key));
        this.modelName = cfg.getOptionalValue("quarkus.langchain4j.openai.chat-model.model-name", String.class)
                .orElse("gpt-4o-mini");
    }

    static boolean hasRealKey(String key) {
        return key != null && !key.isBlank() && !DUMMY_KEY.equals(key.trim()) && !NO_KEY.equals(key.trim());
    }

    public boolean enabled() {
        return enabled;
    }

    public String modelName() {
        return modelName;
    }

    /** Provenance of an LLM-made artefact: model and prompt version, e.g. {@code gpt-4o-mini/plan-v1}. */
    public String generator(String promptVersion) {
        return modelName + "/" + promptVersion;
    }
}
