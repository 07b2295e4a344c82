package org.mockinterview.platform.web;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;

/**
 * Derives {@code quarkus.http.limits.max-body-size} (the cut-off for bodies streamed without a length) from the
 * largest upload limit, {@code mockinterview.resume.max-bytes} or {@code mockinterview.audio.max-bytes}, so the upload
 * settings size every check of an upload. Each upload's own guard then enforces its own, smaller or not, limit.
 */
public class UploadBodyLimit implements ConfigSourceFactory {

    /** Room for the multipart envelope around the file itself. */
    public static final long ENVELOPE_BYTES = 64 * 1024;

    /**
     * Each upload limit's key and default (ResumeConfig's and AudioConfig's, which this package cannot import;
     * UploadBodyLimitTest checks they agree).
     */
    public static final Map<String, Long> LIMITS = Map.of(
            "mockinterview.resume.max-bytes", 5L * 1024 * 1024,
            "mockinterview.audio.max-bytes", 10L * 1024 * 1024);

    // Below application.properties (250) and the environment, so an explicit max-body-size still wins.
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        long largest = 0;
        for (var limit : LIMITS.entrySet()) {
            ConfigValue configured = context.getValue(limit.getKey());
            largest = Math.max(largest, configured == null || configured.getValue() == null
                    || configured.getValue().isBlank() ? limit.getValue() : Long.parseLong(configured.getValue().trim()));
        }
        return List.of(new PropertiesConfigSource(Map.of("quarkus.http.limits.max-body-size",
                String.valueOf(largest + ENVELOPE_BYTES)), "upload-body-limit", ORDINAL));
    }
}
