package org.mockinterview.ai;

import jakarta.enterprise.context.ApplicationScoped;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cost protection: a per-user sliding-window limit on requests that may call the model. Only applies while the
 * LLM is enabled; the offline engine costs nothing and is never limited. Per instance, so the effective limit
 * scales with the replica count, which is acceptable for a cost guard.
 */
@ApplicationScoped
public class LlmRateLimiter {

    private static final long WINDOW_MILLIS = 60_000;

    private final LlmConfig config;
    private final Map<Long, Deque<Long>> windows = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep = new AtomicLong();
    private Clock clock = Clock.systemUTC();

    LlmRateLimiter(LlmConfig config) {
        this.config = config;
    }

    /** Counts one request of the user, or refuses it with 429 and the seconds until a slot frees up. */
    public void acquire(long userId) {
        acquire(userId, config.modelConfigured(), config.requestsPerUserPerMinute());
    }

    void acquire(long userId, boolean llmEnabled, int perMinute) {
        if (!llmEnabled) {
            return;
        }
        long now = clock.millis();
        long[] retryAfter = {0};
        // compute runs atomically per user, so a sweep can never drop a window another request is adding to
        windows.compute(userId, (id, current) -> {
            Deque<Long> window = current == null ? new ArrayDeque<>() : current;
            expire(window, now);
            if (window.size() < perMinute) {
                window.addLast(now);
            } else {
                retryAfter[0] = Math.max(1, (window.peekFirst() + WINDOW_MILLIS - now + 999) / 1000);
            }
            return window;
        });
        sweepIfDue(now);
        if (retryAfter[0] > 0) {
            throw new ProblemException(ProblemType.RATE_LIMITED, null,
                    "Too many requests that use the AI model; retry in " + retryAfter[0] + " s.", null,
                    Map.of("Retry-After", String.valueOf(retryAfter[0])));
        }
    }

    /** Users with a request in the last minute; the others' windows are swept out. */
    int trackedUsers() {
        return windows.size();
    }

    /**
     * Once a minute, drops the windows of users with no request in the last minute: without it the map would keep
     * one entry for every user a pod ever served.
     */
    private void sweepIfDue(long now) {
        long last = lastSweep.get();
        if (now - last < WINDOW_MILLIS || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        for (Long id : windows.keySet()) {
            windows.computeIfPresent(id, (k, window) -> {
                expire(window, now);
                return window.isEmpty() ? null : window;
            });
        }
    }

    private static void expire(Deque<Long> window, long now) {
        while (!window.isEmpty() && window.peekFirst() <= now - WINDOW_MILLIS) {
            window.pollFirst();
        }
    }

    void useClock(Clock testClock) {
        this.clock = testClock;
    }
}
