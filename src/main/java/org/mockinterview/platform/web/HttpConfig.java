package org.mockinterview.platform.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * HTTP limits of the API, under {@code mockinterview.http}.
 */
@ConfigMapping(prefix = "mockinterview.http")
public interface HttpConfig {

    /** Largest JSON request body, in bytes; uploads have their own limit. */
    @WithDefault("1048576")
    long maxJsonBytes();
}
