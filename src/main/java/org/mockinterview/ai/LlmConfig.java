package org.mockinterview.ai;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Settings of the optional LLM layer, under {@code mockinterview.llm}; the model itself is configured by quarkus-langchain4j. */
@ConfigMapping(prefix = "mockinterview.llm")
public interface LlmConfig {

    /**
     * Forces the LLM on or off. Unset means "on when an OpenAI API key is configured"; keyless local servers
     * (Ollama, vLLM) need {@code true}.
     */
    Optional<Boolean> enabled();

    /** Budget of one follow-up generation; an interview cannot wait long between answer and next question. */
    @WithDefault("8s")
    Duration followUpTimeout();

    /** Budget of one answer review (asynchronous, so more generous). */
    @WithDefault("20s")
    Duration reviewTimeout();

    /** Plans kept in memory per resume, job description and settings. */
    @WithDefault("1000")
    int planCacheSize();

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
}
