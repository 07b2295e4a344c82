package org.mockinterview.speech;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Limits on spoken answers, under {@code mockinterview.audio}. */
@ConfigMapping(prefix = "mockinterview.audio")
public interface AudioConfig {

    /** 10 MiB; platform.web.UploadBodyLimit sizes the HTTP body limit from the same key and default. */
    long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** Largest accepted audio file, in bytes (413 above). */
    @WithDefault("" + DEFAULT_MAX_BYTES)
    long maxBytes();

    /** Longest accepted recording, in seconds (422 above). */
    @WithDefault("300")
    int maxSeconds();

    /** Longest one decode may take (422 after): the time cap against audio built to be slow to decode. */
    @WithDefault("20s")
    Duration decodeTimeout();
}
