package org.mockinterview.prep;

/**
 * The guide's timeline scaled to the days left: fundamentals first, model evaluation and case studies in parallel
 * next, then resume depth and stories, and logistics on the last day. Pure.
 */
final class PrepTimeline {

    /** What a day of the plan is for. */
    enum Phase {
        /** Weeks 1-2 of the guide: fundamentals and statistics, drilled daily. */
        FOUNDATION,
        /** Week 2 of the guide: model evaluation and applied case studies alongside the drills. */
        EVALUATION,
        /** The final week: resume depth and the story bank. */
        FINAL,
        /** The day before the interview: logistics and a light review only. */
        LAST
    }

    /** The guide's week; a longer runway adds foundation days in front rather than stretching its last weeks. */
    static final int WEEK = 7;

    private final int days;
    private final int evaluationStart;
    private final int finalStart;

    private PrepTimeline(int days) {
        this.days = days;
        int before = days - 1; // the days before the last one
        int third = (int) Math.round(before / 3.0);
        int finalDays = before == 0 ? 0 : Math.clamp(third, 1, WEEK);
        int evaluationDays = Math.min(Math.clamp(third, 0, WEEK), before - finalDays);
        this.finalStart = before - finalDays;
        this.evaluationStart = finalStart - evaluationDays;
    }

    static PrepTimeline of(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a plan has at least one day: " + days);
        }
        return new PrepTimeline(days);
    }

    Phase phase(int day) {
        if (day == days - 1) {
            return Phase.LAST;
        }
        if (day >= finalStart) {
            return Phase.FINAL;
        }
        return day >= evaluationStart ? Phase.EVALUATION : Phase.FOUNDATION;
    }

    /** Index of the first final-phase day, or the last day when there is no final phase. */
    int finalStart() {
        return finalStart;
    }

    int finalDays() {
        return days - 1 - finalStart;
    }

    int evaluationStart() {
        return evaluationStart;
    }

    /**
     * A full mock interview at the end of every week, and a dress rehearsal two days out once there are two weeks
     * to go; never on the last day, which is logistics only.
     */
    boolean mockInterview(int day) {
        if (day >= days - 1) {
            return false;
        }
        return day % WEEK == WEEK - 1 || (days >= 2 * WEEK && day == days - 2);
    }
}
