package org.mockinterview.prep;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.mockinterview.prep.PrepPlanViews.PlanDay;
import org.mockinterview.prep.PrepPlanViews.PlanItem;
import org.mockinterview.prep.PrepPlanViews.PrepPlanView;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A plan as an RFC 5545 calendar: one all-day event per day listing its items, for Google, Outlook and Apple.
 */
final class PlanCalendar {

    static final String MEDIA_TYPE = "text/calendar";

    private PlanCalendar() {
    }

    static String render(PrepPlanView plan) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//mock-interview-service//prep plan//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        for (PlanDay day : plan.days()) {
            int minutes = day.items().stream().mapToInt(PlanItem::minutes).sum();
            VEvent event = new VEvent(day.date(), day.date().plusDays(1),
                    "Interview prep: " + minutes + " min (" + day.items().size() + " items)");
            // stable ids and stamp: importing the file again updates the same events instead of duplicating them
            event.replace(new Uid("prep-plan-" + plan.id() + "-" + day.date() + "@mock-interview-service"));
            event.replace(new DtStamp(plan.createdAt().toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            event.add(new Description(describe(day)));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("the plan's calendar is not valid iCalendar", e);
        }
        return out.toString();
    }

    private static String describe(PlanDay day) {
        StringBuilder b = new StringBuilder();
        for (PlanItem i : day.items()) {
            b.append(i.done() ? "[x] " : "[ ] ").append(i.title()).append(" (").append(i.minutes()).append(" min)\n");
            if (!i.questionIds().isEmpty()) {
                b.append("    Questions: ").append(String.join(", ", i.questionIds())).append('\n');
            }
            b.append("    ").append(i.detail().replace("\n", "\n    ")).append("\n\n");
        }
        return b.toString().strip();
    }
}
