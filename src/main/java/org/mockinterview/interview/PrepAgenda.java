package org.mockinterview.interview;

import java.util.List;

/**
 * The port a report asks for the user's prep plan's next days; the prep feature implements it, so that interview
 * never depends on prep (prep already depends on interview through practice).
 */
public interface PrepAgenda {

    /** The next {@code days} days of the user's current plan from today; empty without a plan. */
    List<InterviewReport.PrepDay> nextDays(long userId, int days);
}
