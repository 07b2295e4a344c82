package org.mockinterview.practice;

import org.junit.jupiter.api.Test;
import org.mockinterview.practice.ReviewSchedule.State;
import org.mockinterview.practice.ReviewSchedule.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The review schedule on a fixed clock: statuses, intervals, doubling on strong runs, resets. */
class ReviewScheduleTest {

    static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    final ReviewSchedule schedule = new ReviewSchedule(Clock.fixed(T0, ZoneOffset.UTC));

    @Test
    void statusBoundaries() {
        assertThat(ReviewSchedule.status(100)).isEqualTo(Status.STRONG);
        assertThat(ReviewSchedule.status(75)).isEqualTo(Status.STRONG);
        assertThat(ReviewSchedule.status(74)).isEqualTo(Status.SHAKY);
        assertThat(ReviewSchedule.status(50)).isEqualTo(Status.SHAKY);
        assertThat(ReviewSchedule.status(49)).isEqualTo(Status.WEAK);
        assertThat(ReviewSchedule.status(0)).isEqualTo(Status.WEAK);
    }

    @Test
    void firstAttemptIntervalsByStatus() {
        assertThat(schedule.next(null, 30).dueAt()).isEqualTo(T0.plus(Duration.ofDays(1)));
        assertThat(schedule.next(null, 60).dueAt()).isEqualTo(T0.plus(Duration.ofDays(3)));
        State strong = schedule.next(null, 80);
        assertThat(strong.dueAt()).isEqualTo(T0.plus(Duration.ofDays(7)));
        assertThat(strong.strongStreak()).isEqualTo(1);
        assertThat(strong.attempts()).isEqualTo(1);
        assertThat(strong.lastAttemptAt()).isEqualTo(T0);
    }

    @Test
    void strongAttemptsDoubleTheIntervalAndAWeakOneResetsIt() {
        State s = schedule.next(null, 80);
        s = schedule.next(s, 90);
        assertThat(s.intervalDays()).isEqualTo(14);
        s = schedule.next(s, 76);
        assertThat(s.intervalDays()).isEqualTo(28);
        s = schedule.next(s, 20);
        assertThat(s.intervalDays()).isEqualTo(1);
        assertThat(s.strongStreak()).isZero();
        assertThat(s.bestScore()).as("status keeps the best score").isEqualTo(90);
        assertThat(ReviewSchedule.status(s.bestScore())).isEqualTo(Status.STRONG);
        s = schedule.next(s, 85);
        assertThat(s.intervalDays()).as("a new run starts at 7 days").isEqualTo(7);
        assertThat(s.attempts()).isEqualTo(5);
    }

    @Test
    void aShakyAttemptEndsTheStrongRun() {
        State s = schedule.next(schedule.next(null, 80), 80);
        s = schedule.next(s, 60);
        assertThat(s.intervalDays()).isEqualTo(3);
        assertThat(schedule.next(s, 80).intervalDays()).isEqualTo(7);
    }

    @Test
    void theIntervalIsCapped() {
        State s = null;
        for (int i = 0; i < 12; i++) {
            s = schedule.next(s, 95);
        }
        assertThat(s.intervalDays()).isEqualTo(ReviewSchedule.MAX_DAYS);
    }

    @Test
    void dueIsNowOrEarlier() {
        assertThat(schedule.due(T0)).isTrue();
        assertThat(schedule.due(T0.minusSeconds(1))).isTrue();
        assertThat(schedule.due(T0.plusSeconds(1))).isFalse();
    }
}
