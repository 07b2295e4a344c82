package org.mockinterview.speech;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * The optional speech-to-text model, under {@code mockinterview.transcription}: any server with OpenAI's
 * {@code POST /audio/transcriptions} (OpenAI, faster-whisper-server, LocalAI, whisper.cpp's server, vLLM).
 */
@ConfigMapping(prefix = "mockinterview.transcription")
public interface TranscriptionConfig {

    /** The API root, e.g. {@code https://api.openai.com/v1}; unset means no transcription. */
    Optional<String> baseUrl();

    @WithDefault("whisper-1")
    String model();

    /** Sent as a bearer token when set; local servers need none. */
    Optional<String> apiKey();

    /** Default of {@link #timeout()}, also read by {@link TranscriptionTimeouts} before this mapping exists. */
    String TIMEOUT = "60s";

    /** Budget of one call, its retry not included. */
    @WithDefault(TIMEOUT)
    Duration timeout();

    /** The one rule: transcription is on exactly when a base URL is set. */
    default boolean configured() {
        return baseUrl().filter(u -> !u.isBlank()).isPresent();
    }
}
