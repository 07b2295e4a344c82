package org.mockinterview.resume;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * Limits for resume uploads, under {@code mockinterview.resume}.
 */
@ConfigMapping(prefix = "mockinterview.resume")
public interface ResumeConfig {

    /** 5 MiB; platform.web.UploadBodyLimit sizes the HTTP body limit from the same key and default. */
    long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    /** Largest accepted PDF, in bytes. */
    @WithDefault("" + DEFAULT_MAX_BYTES)
    long maxBytes();

    /** Largest accepted page count. */
    @WithDefault("10")
    int maxPages();

    /** Longest a single parse may take. */
    @WithDefault("10s")
    Duration parseTimeout();

    /** Heap PDFBox may use for one document's streams before it spills to scratch files. */
    @WithDefault("33554432")
    long parseMemoryBytes();
}
