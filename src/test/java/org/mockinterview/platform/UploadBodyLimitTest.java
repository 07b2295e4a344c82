package org.mockinterview.platform;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;
import org.mockinterview.platform.web.UploadBodyLimit;
import org.mockinterview.resume.ResumeConfig;
import org.mockinterview.speech.AudioConfig;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP body limit follows the largest upload limit, so raising either upload's limit raises it. */
class UploadBodyLimitTest {

    @Test
    void bodyLimitIsTheLargestUploadLimitPlusTheEnvelope() {
        assertThat(bodyLimit(Map.of("mockinterview.resume.max-bytes", "20971520")))
                .isEqualTo(20_971_520 + UploadBodyLimit.ENVELOPE_BYTES);
        assertThat(bodyLimit(Map.of("mockinterview.audio.max-bytes", "1000", "mockinterview.resume.max-bytes",
                "2000"))).isEqualTo(2000 + UploadBodyLimit.ENVELOPE_BYTES);
    }

    @Test
    void unsetLimitsMeanTheDefaults() {
        assertThat(bodyLimit(Map.of())).isEqualTo(AudioConfig.DEFAULT_MAX_BYTES + UploadBodyLimit.ENVELOPE_BYTES);
    }

    @Test
    void theDefaultsAreTheFeaturesOwn() {
        assertThat(UploadBodyLimit.LIMITS).containsEntry("mockinterview.resume.max-bytes", ResumeConfig.DEFAULT_MAX_BYTES)
                .containsEntry("mockinterview.audio.max-bytes", AudioConfig.DEFAULT_MAX_BYTES);
    }

    @Test
    void anExplicitBodyLimitStillWins() {
        assertThat(bodyLimit(Map.of("quarkus.http.limits.max-body-size", "1234"))).isEqualTo(1234);
    }

    private static long bodyLimit(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withSources(new UploadBodyLimit()).build();
        return config.getValue("quarkus.http.limits.max-body-size", Long.class);
    }
}
