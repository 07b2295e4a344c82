package org.mockinterview.ai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cost protection: a per-user sliding-window limit on requests that may call the model. Only applies while the
 * LLM is enabled; the offline engine costs nothing and is never limited. Per instance, so the effective limit
 * scales with the replica count, which is acceptable for a cost guard.
 */
@ApplicationScoped
public class LlmRateLimiter {

    private static final long WINDOW_MILLIS = 60_000;

    @Inject
    LlmConfig config;

    @Inject
    LlmSettings settings;

    private final Map<Long, Deque<Long>> windows = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    /** Counts one request of the user, or refuses it with 429 and the seconds until a slot frees up. */
    public void acquire(long userId) {
        acquire(userId, settings.enabled(), config.requestsPerUserPerMinute());
    }

    void acquire(long userId, boolean llmEnabled, int perMinute) {
        if (!llmEnabled) {
            return;
        }
        long now = clock.millis();
        Deque<Long> window = windows.computeIfAbsent(userId, id -> new ArrayDeque<>());
        long retryAfter;
        synchronized (window) {
            while (!window.isEmpty() && window.peekFirst() <= now - WINDOW_MILLIS) {
                window.pollFirst();
            }
            if (window.size() < perMinute) {
                window.addLast(now);
                return;
            }
            retryAfter = Math.max(1, (window.peekFirst() + WINDOW_MILLIS - now + 999) / 1000);
        }
        throw new ProblemException(ProblemType.RATE_LIMITED, null,
                "Too many requests that use the AI model; retry in " + retryAfter + " s.", null,
                Map.of("Retry-After", String.valueOf(retryAfter)));
    }

    void useClock(Clock testClock) {
        this.clock = testClock;
    }
}
