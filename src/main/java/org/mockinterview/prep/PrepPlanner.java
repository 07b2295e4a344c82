package org.mockinterview.prep;

import org.mockinterview.kernel.Category;
import org.mockinterview.prep.PrepPlanViews.ItemKind;
import org.mockinterview.prep.PrepPlanViews.PlanDay;
import org.mockinterview.prep.PrepPlanViews.PlanItem;
import org.mockinterview.prep.PrepTimeline.Phase;
import org.mockinterview.question.BankQuestion;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Turns the guide's timeline, the hours a week and the user's state into a day-by-day plan. Pure: the same inputs
 * give the same plan.
 */
public final class PrepPlanner {

    /** A category whose latest score is below this gets extra drills. */
    static final int WEAK_BELOW = 60;
    static final int MAX_CASE_STUDIES = 3;
    static final int REVIEWS_PER_DAY = 3;

    /** What the plan is made from; {@code latestScores} holds each category's latest interview score, if any. */
    public record Inputs(LocalDate today, LocalDate interviewDate, int hoursPerWeek,
            Map<Category, Integer> latestScores, List<DueQuestion> due, List<ResumeProject> projects,
            List<String> missingThemes) {
    }

    /** A question on the user's review schedule; {@code bankId} when its text is a bank question's. */
    public record DueQuestion(String text, Category category, int bestScore, LocalDate dueOn, String bankId) {
    }

    /** A project (or role) from the resume, with what the candidate should be ready to defend. */
    public record ResumeProject(String name, List<String> stack, List<String> metrics) {
    }

    private final List<BankQuestion> bank;

    public PrepPlanner(List<BankQuestion> bank) {
        this.bank = List.copyOf(bank);
    }

    public List<PlanDay> plan(Inputs in) {
        int n = (int) ChronoUnit.DAYS.between(in.today(), in.interviewDate());
        PrepTimeline timeline = PrepTimeline.of(n);
        double[] budget = MinuteBudget.perDay(in.hoursPerWeek(), n);
        DayDrafts drafts = new DayDrafts(timeline, weak(in.latestScores()), in.projects(), in.missingThemes(),
                in.due().stream().sorted(Comparator.comparing(DueQuestion::dueOn)
                        .thenComparingInt(DueQuestion::bestScore).thenComparing(DueQuestion::text)).toList());
        QuestionPicker picker = new QuestionPicker(bank);
        List<PlanDay> days = new ArrayList<>();
        long[] nextId = {1};
        for (int d = 0; d < n; d++) {
            LocalDate date = in.today().plusDays(d);
            List<DayDrafts.Draft> day = drafts.forDay(d, date, MinuteBudget.capacity(budget[d]), picker);
            days.add(new PlanDay(date, finish(day, budget[d], picker, nextId)));
        }
        return days;
    }

    /** Categories scored below {@link #WEAK_BELOW}, weakest first. */
    static List<Category> weak(Map<Category, Integer> latest) {
        return latest.entrySet().stream().filter(e -> e.getValue() != null && e.getValue() < WEAK_BELOW)
                .sorted(Map.Entry.<Category, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * Gives the day's items their minutes and their questions; a drill the bank can no longer fill is dropped and
     * its minutes go to the others.
     */
    private static List<PlanItem> finish(List<DayDrafts.Draft> day, double minutes, QuestionPicker picker,
            long[] nextId) {
        int[] split = MinuteBudget.split(minutes, day.stream().mapToInt(DayDrafts.Draft::weight).toArray());
        List<DayDrafts.Draft> kept = new ArrayList<>();
        for (int i = 0; i < day.size(); i++) {
            DayDrafts.Draft draft = day.get(i);
            if (draft.kind() == ItemKind.drill || draft.kind() == ItemKind.case_study) {
                int count = draft.kind() == ItemKind.case_study ? 1 : Math.clamp(split[i] / 10, 1, 3);
                if (draft.kind() == ItemKind.drill && !picker.has(draft.category())) {
                    draft = picker.fullest().map(draft::in).orElse(draft); // long runways outlast a category
                }
                draft = draft.withQuestions(picker.take(draft.category(), count));
                if (draft.questionIds().isEmpty()) {
                    continue;
                }
            }
            kept.add(draft);
        }
        if (kept.isEmpty()) {
            kept.add(DayDrafts.revisit(picker.taken())); // the bank is spent: go back over what was drilled
        }
        if (kept.size() != day.size()) {
            split = MinuteBudget.split(minutes, kept.stream().mapToInt(DayDrafts.Draft::weight).toArray());
        }
        List<PlanItem> items = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            DayDrafts.Draft d = kept.get(i);
            items.add(new PlanItem(nextId[0]++, d.kind(), d.category(), split[i], d.title(), d.detail(),
                    d.questionIds(), d.projectRef(), d.storyTheme(), false));
        }
        return items;
    }

}
