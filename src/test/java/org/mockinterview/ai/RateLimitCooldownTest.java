package org.mockinterview.ai;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Retry-After parsing: seconds or an HTTP date, bounded so a bad header cannot disable the LLM for long. */
class RateLimitCooldownTest {

    @Test
    void parsesSecondsAndBoundsThem() {
        assertThat(RateLimitCooldown.parse("30")).isEqualTo(Duration.ofSeconds(30));
        assertThat(RateLimitCooldown.parse("86400")).isEqualTo(RateLimitCooldown.MAX_COOLDOWN);
        assertThat(RateLimitCooldown.parse(null)).isEqualTo(RateLimitCooldown.DEFAULT_COOLDOWN);
        assertThat(RateLimitCooldown.parse("soon")).isEqualTo(RateLimitCooldown.DEFAULT_COOLDOWN);
        assertThat(RateLimitCooldown.parse("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
    }
}
