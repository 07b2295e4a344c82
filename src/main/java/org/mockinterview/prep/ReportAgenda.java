package org.mockinterview.prep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mockinterview.interview.InterviewReport.PrepDay;
import org.mockinterview.interview.PrepAgenda;
import org.mockinterview.prep.PrepPlanViews.PlanItem;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Gives an interview report the next days of the user's prep plan: the plan for the soonest interview still ahead.
 */
@ApplicationScoped
public class ReportAgenda implements PrepAgenda {

    private final PrepPlanService plans;
    private final Clock clock;

    ReportAgenda(PrepPlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<PrepDay> nextDays(long userId, int days) {
        LocalDate today = LocalDate.now(clock);
        return plans.next(userId, today)
                .map(p -> p.days().stream().filter(d -> !d.date().isBefore(today))
                        .limit(days)
                        .map(d -> new PrepDay(d.date(), d.items().stream().map(ReportAgenda::line).toList()))
                        .toList())
                .orElse(List.of());
    }

    private static String line(PlanItem item) {
        return (item.done() ? "[done] " : "") + item.title() + " (" + item.minutes() + " min)";
    }
}
