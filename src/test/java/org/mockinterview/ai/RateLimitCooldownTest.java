package org.mockinterview.ai;

import org.junit.jupiter.api.Test;
import org.mockinterview.platform.TestClock;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Retry-After parsing (seconds or an HTTP date, bounded) and the cool-down running out on the injected clock. */
class RateLimitCooldownTest {

    private final TestClock clock = new TestClock();
    private final RateLimitCooldown cooldown = new RateLimitCooldown(clock);

    @Test
    void parsesSecondsAndBoundsThem() {
        assertThat(cooldown.parse("30")).isEqualTo(Duration.ofSeconds(30));
        assertThat(cooldown.parse("86400")).isEqualTo(RateLimitCooldown.MAX_COOLDOWN);
        assertThat(cooldown.parse(null)).isEqualTo(RateLimitCooldown.DEFAULT_COOLDOWN);
        assertThat(cooldown.parse("soon")).isEqualTo(RateLimitCooldown.DEFAULT_COOLDOWN);
        assertThat(cooldown.parse("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
    }

    @Test
    void noCooldownRefusesNothing() {
        assertThat(cooldown.remaining()).isZero();
        assertThat(cooldown.coolingDown()).isFalse();
    }
}
