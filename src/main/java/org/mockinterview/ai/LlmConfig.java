package org.mockinterview.ai;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * Settings of the optional LLM layer, under {@code mockinterview.llm}, with the one rule that says whether a model is
 * configured ({@link #modelConfigured()}); the model client itself is configured by quarkus-langchain4j.
 */
@ConfigMapping(prefix = "mockinterview.llm")
public interface LlmConfig {

    /** Forces the LLM on or off; unset leaves the decision to the API key (see {@link #modelConfigured()}). */
    Optional<Boolean> enabled();

    /**
     * The model's API key, filled in application.properties from {@code QUARKUS_LANGCHAIN4J_OPENAI_API_KEY}; empty
     * when none is given. quarkus-langchain4j's own key property carries a placeholder then, which nothing reads.
     */
    Optional<String> apiKey();

    /** The model's name ({@code quarkus.langchain4j.openai.chat-model.model-name}), recorded in provenance. */
    String modelName();

    /** Defaults of the three budgets, also read by {@link LlmTimeouts} before this mapping exists. */
    String PLAN_TIMEOUT = "10s";
    String FOLLOW_UP_TIMEOUT = "8s";
    String REVIEW_TIMEOUT = "20s";

    /** Budget of a whole plan, re-ask included. */
    @WithDefault(PLAN_TIMEOUT)
    Duration planTimeout();

    /** Budget of one follow-up generation; an interview cannot wait long between answer and next question. */
    @WithDefault(FOLLOW_UP_TIMEOUT)
    Duration followUpTimeout();

    /** Budget of one answer review (asynchronous, so more generous). */
    @WithDefault(REVIEW_TIMEOUT)
    Duration reviewTimeout();

    /** Longest resume digest sent to the model, in characters (bounds tokens and cost). */
    @WithDefault("6000")
    int maxResumeChars();

    /** Longest job description sent to the model, in characters. */
    @WithDefault("4000")
    int maxJobDescriptionChars();

    /** Longest answer sent to the model, in characters. */
    @WithDefault("6000")
    int maxAnswerChars();

    /** Requests per user and minute that may call the model (interview creation, answers); the offline engine is not limited. */
    @WithDefault("30")
    int requestsPerUserPerMinute();

    /**
     * Connections to the model kept open at once. Each waits seconds on the model, so this bounds how many
     * interviews are planned concurrently; the REST client's own default of 50 queued the rest for a round trip.
     */
    @WithDefault("256")
    int connectionPoolSize();

    /**
     * The rule: {@code mockinterview.llm.enabled} decides when it is set (true for keyless local servers such as
     * Ollama or vLLM); otherwise a model is configured exactly when an API key is given.
     */
    default boolean modelConfigured() {
        return enabled().orElseGet(() -> apiKey().filter(k -> !k.isBlank()).isPresent());
    }

    /** Provenance of an LLM-made artefact: model and prompt version, e.g. {@code gpt-4o-mini/plan-v2}. */
    default String generator(String promptVersion) {
        return modelName() + "/" + promptVersion;
    }
}
