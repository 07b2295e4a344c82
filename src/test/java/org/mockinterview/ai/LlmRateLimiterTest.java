package org.mockinterview.ai;

import org.junit.jupiter.api.Test;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The per-user LLM limit: a sliding minute, 429 with Retry-After past it, per user, and off for the offline engine.
 */
class LlmRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final LlmRateLimiter limiter = new LlmRateLimiter(null);

    LlmRateLimiterTest() {
        limiter.useClock(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(now.get());
            }
        });
    }

    @Test
    void limitsEachUserWithinASlidingMinute() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire(1, true, 3);
        }
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> limiter.acquire(1, true, 3));
        assertThat(refused.type()).isEqualTo(ProblemType.RATE_LIMITED);
        assertThat(refused.headers()).containsEntry("Retry-After", "60");
        limiter.acquire(2, true, 3);
        now.addAndGet(60_001);
        limiter.acquire(1, true, 3);
    }

    @Test
    void usersIdleForAMinuteAreForgotten() {
        for (long user = 1; user <= 100; user++) {
            limiter.acquire(user, true, 3);
        }
        assertThat(limiter.trackedUsers()).isEqualTo(100);
        now.addAndGet(30_000);
        limiter.acquire(1, true, 3);
        now.addAndGet(30_001);
        limiter.acquire(2, true, 3); // the sweep: only users 1 (30 s ago) and 2 (now) are still within the minute
        assertThat(limiter.trackedUsers()).isEqualTo(2);
        limiter.acquire(1, true, 3);
        limiter.acquire(1, true, 3);
        assertThatThrownBy(() -> limiter.acquire(1, true, 3)).isInstanceOf(ProblemException.class);
    }

    @Test
    void offlineEngineIsNeverLimited() {
        for (int i = 0; i < 100; i++) {
            limiter.acquire(7, false, 1);
        }
        assertThatThrownBy(() -> {
            limiter.acquire(8, true, 1);
            limiter.acquire(8, true, 1);
        }).isInstanceOf(ProblemException.class);
    }
}
