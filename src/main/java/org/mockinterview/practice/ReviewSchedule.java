package org.mockinterview.practice;

import com.fasterxml.jackson.annotation.JsonValue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The spaced-repetition schedule, in one place. A question's status comes from its best score so far: strong at 75
 * and above, shaky from 50 to 74, weak below 50. When it is due again comes from the latest attempt: a weak attempt
 * brings it back after 1 day, a shaky one after 3 days, and a strong one after 7 days, doubled for every strong
 * attempt in a row before it (7, 14, 28, ... days, at most 112); a weak or shaky attempt ends the run of strong ones.
 */
public final class ReviewSchedule {

    public static final int STRONG_FROM = 75;
    public static final int SHAKY_FROM = 50;
    static final int WEAK_DAYS = 1;
    static final int SHAKY_DAYS = 3;
    static final int STRONG_DAYS = 7;
    static final int MAX_DAYS = 112;

    private final Clock clock;

    public ReviewSchedule(Clock clock) {
        this.clock = clock;
    }

    /** How well a question is known. */
    public enum Status {
        STRONG, SHAKY, WEAK;

        @JsonValue
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where one question stands after its attempts so far. */
    public record State(int bestScore, int attempts, int strongStreak, int intervalDays, Instant lastAttemptAt,
            Instant dueAt) {
    }

    public static Status status(int score) {
        return score >= STRONG_FROM ? Status.STRONG : score >= SHAKY_FROM ? Status.SHAKY : Status.WEAK;
    }

    /** The state after an attempt scored {@code score} now; {@code before} is null for the first attempt. */
    public State next(State before, int score) {
        Instant now = clock.instant();
        int streak = 0;
        int days;
        switch (status(score)) {
            case STRONG -> {
                streak = (before == null ? 0 : before.strongStreak()) + 1;
                days = (int) Math.min(MAX_DAYS, (long) STRONG_DAYS << Math.min(streak - 1, 10));
            }
            case SHAKY -> days = SHAKY_DAYS;
            default -> days = WEAK_DAYS;
        }
        int best = before == null ? score : Math.max(before.bestScore(), score);
        int attempts = before == null ? 1 : before.attempts() + 1;
        return new State(best, attempts, streak, days, now, now.plus(Duration.ofDays(days)));
    }

    public boolean due(Instant dueAt) {
        return !dueAt.isAfter(clock.instant());
    }
}
