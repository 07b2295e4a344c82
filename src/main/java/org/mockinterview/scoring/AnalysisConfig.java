package org.mockinterview.scoring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits of the answer analysis endpoint, under {@code mockinterview.analysis}.
 */
@ConfigMapping(prefix = "mockinterview.analysis")
public interface AnalysisConfig {

    /** Longest answer accepted, in characters. */
    @WithDefault("20000")
    int maxChars();
}
