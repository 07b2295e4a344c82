package org.mockinterview.ai;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Cost protection: a per-user Bucket4j token bucket on requests that may call the model, holding a minute's
 * requests and refilled at that rate (bursts of {@code requests-per-user-per-minute}, then one every
 * {@code 60 s / limit}). Only applies while the LLM is enabled; the offline engine costs nothing and is never limited.
 * The buckets live in the quarkus-cache {@value #BUCKETS}, bounded in size and forgotten a minute after a user's last
 * request (a full bucket again, so forgetting loses nothing). Per instance, so the effective limit scales with the
 * replica count, which is acceptable for a cost guard.
 */
@ApplicationScoped
public class LlmRateLimiter {

    static final String BUCKETS = "llm-rate-limits";
    private static final Duration REFILL_PERIOD = Duration.ofMinutes(1);

    private final LlmConfig config;
    private final Cache buckets;
    private final TimeMeter time;

    LlmRateLimiter(LlmConfig config, @CacheName(BUCKETS) Cache buckets, Clock clock) {
        this.config = config;
        this.buckets = buckets;
        this.time = new ClockTimeMeter(clock);
    }

    /** Counts one request of the user, or refuses it with 429 and the seconds until the next request is allowed. */
    public void acquire(long userId) {
        acquire(userId, config.modelConfigured(), config.requestsPerUserPerMinute());
    }

    void acquire(long userId, boolean llmEnabled, int perMinute) {
        if (!llmEnabled) {
            return;
        }
        Bucket bucket = buckets.<Long, Bucket>get(userId, id -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, REFILL_PERIOD))
                .withCustomTimePrecision(time)
                .build()).await().indefinitely();
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long retryAfter = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
            throw new ProblemException(ProblemType.RATE_LIMITED, null,
                    "Too many requests that use the AI model; retry in " + retryAfter + " s.", null,
                    Map.of("Retry-After", String.valueOf(retryAfter)));
        }
    }

    /** Bucket4j reads the time from the injected clock, so tests move time instead of sleeping. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
