package org.mockinterview.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

// Usage: BenchPostgres <port> <stop-file> <max-seconds>. Prints JDBC_URL=... and stops when the stop file appears
// or after max-seconds, so a killed load script cannot leave it running for long.
/** A throw-away PostgreSQL 17 for load runs of the packaged jar, which has no embedded database. */
public final class BenchPostgres {

    private BenchPostgres() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path stopFile = Path.of(args[1]);
        long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[2])).toNanos();
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .start()) {
            System.out.println("JDBC_URL=" + pg.getJdbcUrl("postgres", "postgres"));
            System.out.flush();
            while (!Files.exists(stopFile) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        }
        System.out.println("stopped");
    }
}
