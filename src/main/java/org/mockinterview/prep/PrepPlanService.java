package org.mockinterview.prep;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.prep.PrepPlanViews.PlanDay;
import org.mockinterview.prep.PrepPlanViews.PlanItem;
import org.mockinterview.prep.PrepPlanViews.PrepPlanRequest;
import org.mockinterview.prep.PrepPlanViews.PrepPlanSummary;
import org.mockinterview.prep.PrepPlanViews.PrepPlanView;
import org.mockinterview.resume.ResumeView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Creates, reads, deletes and ticks off prep plans; owns their transactions.
 */
@ApplicationScoped
public class PrepPlanService {

    private final PrepPlanRepository plans;
    private final PlannerInputs inputs;
    private final PrepPlanner planner;
    private final Clock clock;

    PrepPlanService(PrepPlanRepository plans, PlannerInputs inputs, Clock clock) {
        this.plans = plans;
        this.inputs = inputs;
        this.planner = new PrepPlanner(inputs.bank());
        this.clock = clock;
    }

    /**
     * One transaction: the user's progress, schedule and stories are read as one snapshot, and planning is pure and
     * takes milliseconds, so nothing slow holds the connection.
     */
    @Transactional
    public PrepPlanView create(long userId, PrepPlanRequest request) {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = request.interviewDate();
        if (date == null) {
            throw ProblemException.field("interviewDate", "must not be null");
        }
        if (!date.isAfter(today)) {
            throw ProblemException.field("interviewDate", "must be after today (" + today + ")");
        }
        if (date.isAfter(today.plusYears(1))) {
            throw ProblemException.field("interviewDate", "must be within a year (by " + today.plusYears(1) + ")");
        }
        int hours = request.hoursPerWeek() == null ? PrepPlanViews.DEFAULT_HOURS_PER_WEEK : request.hoursPerWeek();
        Optional<ResumeView> resume = inputs.resume(userId, request.resumeId());
        PrepPlan plan = new PrepPlan();
        plan.userId = userId;
        plan.interviewDate = date;
        plan.hoursPerWeek = hours;
        plan.resumeId = resume.map(ResumeView::id).orElse(null);
        plan.days = planner.plan(inputs.of(userId, today, date, hours, resume));
        plan.createdAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS); // PostgreSQL keeps microseconds
        plans.persist(plan);
        return view(plan);
    }

    @Transactional
    public List<PrepPlanSummary> list(long userId) {
        return plans.ofUser(userId).stream().map(p -> {
            List<PlanItem> items = p.days.stream().flatMap(d -> d.items().stream()).toList();
            return new PrepPlanSummary(p.id, p.interviewDate, p.createdAt, p.hoursPerWeek, items.size(),
                    (int) items.stream().filter(PlanItem::done).count());
        }).toList();
    }

    /** The plan for the user's next interview after {@code day}, if one is planned. */
    @Transactional
    public Optional<PrepPlanView> next(long userId, LocalDate day) {
        return plans.next(userId, day).map(PrepPlanService::view);
    }

    @Transactional
    public PrepPlanView get(long userId, long id) {
        return view(owned(userId, id));
    }

    @Transactional
    public void delete(long userId, long id) {
        plans.delete(owned(userId, id));
    }

    /** Marks an item done; marking it again changes nothing. */
    @Transactional
    public PrepPlanView done(long userId, long id, long itemId) {
        PrepPlan plan = owned(userId, id);
        boolean found = plan.days.stream().flatMap(d -> d.items().stream()).anyMatch(i -> i.id() == itemId);
        if (!found) {
            throw ProblemException.notFound("Item " + itemId + " of prep plan " + id);
        }
        // a new list, so Hibernate sees the JSON document change
        plan.days = plan.days.stream().map(d -> new PlanDay(d.date(), d.items().stream()
                .map(i -> i.id() == itemId ? i.markedDone() : i).toList())).toList();
        return view(plan);
    }

    private PrepPlan owned(long userId, long id) {
        return plans.findOwned(userId, id).orElseThrow(() -> ProblemException.notFound("Prep plan " + id));
    }

    private static PrepPlanView view(PrepPlan p) {
        return new PrepPlanView(p.id, p.interviewDate, p.createdAt, p.hoursPerWeek, p.resumeId, p.days);
    }
}
