package org.mockinterview.embedding;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/**
 * Where the embedding model lives on disk, under {@code mockinterview.embedding}. Read during static init, where the
 * model starts loading (environment variables and system properties are already visible there).
 */
@StaticInitSafe
@ConfigMapping(prefix = "mockinterview.embedding")
public interface EmbeddingConfig {

    /** A writable directory for the file copy of the model (90 MB), reused across starts. */
    @WithDefault("${user.home}/.mock-interview/models")
    Path cacheDir();
}
