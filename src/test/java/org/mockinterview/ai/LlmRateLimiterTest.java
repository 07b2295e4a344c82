package org.mockinterview.ai;

import org.junit.jupiter.api.Test;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;
import org.mockinterview.support.TestCaches;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The per-user LLM limit: a minute's requests at once, then one per refill step, 429 with Retry-After past it, per
 * user, and off for the offline engine. Time is a settable clock: nothing sleeps.
 */
class LlmRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final LlmRateLimiter limiter = new LlmRateLimiter(null,
            TestCaches.caffeine(LlmRateLimiter.BUCKETS, 1000), new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return Instant.ofEpochMilli(now.get());
                }
            });

    @Test
    void limitsEachUserToAMinutesRequestsThenOnePerRefillStep() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire(1, true, 3);
        }
        ProblemException refused = catchThrowableOfType(ProblemException.class, () -> limiter.acquire(1, true, 3));
        assertThat(refused.type()).isEqualTo(ProblemType.RATE_LIMITED);
        // 3 a minute: the next request is allowed once a third of the minute has refilled one
        assertThat(refused.headers()).containsEntry("Retry-After", "20");
        limiter.acquire(2, true, 3);
        now.addAndGet(19_000);
        ProblemException early = catchThrowableOfType(ProblemException.class, () -> limiter.acquire(1, true, 3));
        assertThat(early.headers()).containsEntry("Retry-After", "1");
        now.addAndGet(1_000);
        limiter.acquire(1, true, 3);
        assertThatThrownBy(() -> limiter.acquire(1, true, 3)).isInstanceOf(ProblemException.class);
    }

    @Test
    void aUserIdleForAMinuteHasTheWholeBudgetAgain() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire(1, true, 3);
        }
        assertThatThrownBy(() -> limiter.acquire(1, true, 3)).isInstanceOf(ProblemException.class);
        now.addAndGet(60_000);
        for (int i = 0; i < 3; i++) {
            limiter.acquire(1, true, 3);
        }
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
