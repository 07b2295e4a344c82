package org.mockinterview.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The web app served at {@code /}, under {@code mockinterview.web}; read at start, so a packaged jar honours it.
 */
@ConfigMapping(prefix = "mockinterview.web")
public interface WebAppConfig {

    /** Serve the web app; off in production unless MOCKINTERVIEW_WEB_ENABLED=true (dev and test turn it on). */
    @WithDefault("false")
    boolean enabled();
}
