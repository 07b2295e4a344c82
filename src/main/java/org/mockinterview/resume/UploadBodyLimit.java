package org.mockinterview.resume;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.util.List;
import java.util.Map;

/**
 * Derives {@code quarkus.http.limits.max-body-size} (the cut-off for bodies streamed without a length) from
 * {@code mockinterview.resume.max-bytes}, so one setting sizes every check of an upload.
 */
public class UploadBodyLimit implements ConfigSourceFactory {

    /** Room for the multipart envelope around the file itself. */
    static final long ENVELOPE_BYTES = 64 * 1024;

    // Below application.properties (250) and the environment, so an explicit max-body-size still wins.
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue configured = context.getValue("mockinterview.resume.max-bytes");
        long maxBytes = configured == null || configured.getValue() == null || configured.getValue().isBlank()
                ? ResumeConfig.DEFAULT_MAX_BYTES : Long.parseLong(configured.getValue().trim());
        return List.of(new PropertiesConfigSource(Map.of("quarkus.http.limits.max-body-size",
                String.valueOf(maxBytes + ENVELOPE_BYTES)), "resume-upload-limit", ORDINAL));
    }
}
