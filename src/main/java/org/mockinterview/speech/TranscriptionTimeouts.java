package org.mockinterview.speech;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code mockinterview.transcription.timeout} (a duration such as {@code 60s}) into the {@code @Timeout} of
 * {@link TranscriptionClient#transcribe}, which MicroProfile Fault Tolerance only reads as a number and a unit.
 */
public class TranscriptionTimeouts implements ConfigSourceFactory {

    /** What the annotation says; the real value comes from this source. */
    static final long FROM_CONFIG = 60_000;

    // Below application.properties (250), so a fault-tolerance key set there by hand still wins.
    private static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue v = context.getValue("mockinterview.transcription.timeout");
        Duration timeout = v == null || v.getValue() == null || v.getValue().isBlank() ? Duration.ofSeconds(60)
                : DurationConverter.parseDuration(v.getValue().trim());
        String prefix = "quarkus.fault-tolerance.\"" + TranscriptionClient.class.getName() + "/transcribe\".timeout.";
        return List.of(new PropertiesConfigSource(Map.of(prefix + "value", String.valueOf(Math.max(1, timeout.toMillis())),
                prefix + "unit", "millis"), "transcription-timeouts", ORDINAL));
    }
}
