package org.mockinterview.resume;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP body limit follows the resume limit, so raising MOCKINTERVIEW_RESUME_MAX_BYTES raises both. */
class UploadBodyLimitTest {

    @Test
    void bodyLimitIsTheResumeLimitPlusTheEnvelope() {
        assertThat(bodyLimit(Map.of("mockinterview.resume.max-bytes", "10485760")))
                .isEqualTo(10_485_760 + UploadBodyLimit.ENVELOPE_BYTES);
    }

    @Test
    void unsetResumeLimitMeansTheDefault() {
        assertThat(bodyLimit(Map.of())).isEqualTo(ResumeConfig.DEFAULT_MAX_BYTES + UploadBodyLimit.ENVELOPE_BYTES);
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
