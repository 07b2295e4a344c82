package org.mockinterview.speech;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.PropertiesConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.mockinterview.platform.TimeoutKeys;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns {@code mockinterview.transcription.timeout} (a duration such as {@code 60s}) into the {@code @Timeout} of
 * {@link TranscriptionClient#transcribe}, which MicroProfile Fault Tolerance only reads as a number and a unit.
 */
public class TranscriptionTimeouts implements ConfigSourceFactory {

    /** What the annotation says; the real value comes from this source. */
    static final long FROM_CONFIG = 60_000;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        Map<String, String> keys = new HashMap<>();
        TimeoutKeys.put(keys, List.of(TranscriptionClient.class.getName()), "transcribe",
                TimeoutKeys.duration(context, "mockinterview.transcription.timeout", TranscriptionConfig.TIMEOUT));
        return List.of(new PropertiesConfigSource(keys, "transcription-timeouts", TimeoutKeys.ORDINAL));
    }
}
