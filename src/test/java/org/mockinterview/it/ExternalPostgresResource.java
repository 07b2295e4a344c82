package org.mockinterview.it;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * For packaged-jar tests: a PostgreSQL outside the application, handed to it the way production does (datasource
 * URL and credentials), plus the test key pair for tokens.
 */
public class ExternalPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "",
                "mp.jwt.verify.publickey.location",
                Path.of("src/test/resources/test-publicKey.pem").toAbsolutePath().toString(),
                "mp.jwt.verify.issuer", "https://test.mockinterview.local");
    }

    @Override
    public void stop() {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException ignored) {
            // the test JVM is ending
        }
    }
}
