package org.mockinterview.prep;

import org.mockinterview.kernel.Category;
import org.mockinterview.prep.PrepPlanViews.ItemKind;
import org.mockinterview.prep.PrepPlanner.DueQuestion;
import org.mockinterview.prep.PrepPlanner.ResumeProject;
import org.mockinterview.prep.PrepTimeline.Phase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What each day of the timeline asks for, most important first, before minutes and questions are given out.
 */
final class DayDrafts {

    /** An item before its minutes and questions are known; {@code weight} is its share of the day. */
    record Draft(ItemKind kind, Category category, int weight, String title, String detail, List<String> questionIds,
            String projectRef, String storyTheme) {

        Draft withQuestions(List<String> ids) {
            return new Draft(kind, category, weight, title, detail, ids, projectRef, storyTheme);
        }

        Draft in(Category other) {
            return new Draft(kind, other, weight, "Drill: " + other.label(), detail, questionIds, projectRef, storyTheme);
        }

        Draft heavier(int by) {
            return new Draft(kind, category, weight + by, title, detail, questionIds, projectRef, storyTheme);
        }
    }

    private final PrepTimeline timeline;
    private final List<Category> weak;
    private final List<ResumeProject> projects;
    private final List<String> themes;
    private final List<DueQuestion> due;
    private int nextDue;
    private int caseStudies;

    DayDrafts(PrepTimeline timeline, List<Category> weak, List<ResumeProject> projects, List<String> themes,
            List<DueQuestion> due) {
        this.timeline = timeline;
        this.weak = weak;
        this.projects = projects;
        this.themes = themes;
        this.due = due;
    }

    /** The day's drafts, most important first, at most {@code capacity} of them. */
    List<Draft> forDay(int d, LocalDate date, int capacity, QuestionPicker picker) {
        List<Draft> out = new ArrayList<>();
        Phase phase = timeline.phase(d);
        if (phase == Phase.LAST) {
            out.add(new Draft(ItemKind.logistics, null, 3, "Logistics and questions for the interviewer",
                    Logistics.detail(), List.of(), null, null));
            out.add(lightReview(picker));
            return new ArrayList<>(out.subList(0, Math.min(out.size(), capacity)));
        }
        boolean mock = timeline.mockInterview(d);
        if (mock) {
            out.add(new Draft(ItemKind.mock_interview, null, 6, d >= timeline.finalStart() ? "Dress rehearsal"
                    : "Full mock interview", "Run a complete mock interview in the app, out loud and timed, then "
                    + "retry the two weakest answers.", List.of(), null, null));
        }
        if (phase == Phase.FINAL) {
            finalWeek(d, out);
        } else if (!mock && phase == Phase.EVALUATION) {
            int e = d - timeline.evaluationStart();
            drill(out, Category.MODEL_EVALUATION, 3);
            if (e % 2 == 0 && caseStudies < PrepPlanner.MAX_CASE_STUDIES) {
                caseStudies++;
                out.add(new Draft(ItemKind.case_study, Category.APPLIED_CASE_STUDY, 4, "Applied case study, slowly",
                        "Work the case end to end on paper: clarify the goal, the data, a baseline, the model, how you "
                        + "would evaluate it offline and online, and what could go wrong.", List.of(), null, null));
            }
            weakDrill(out, d);
            drill(out, e % 2 == 0 ? Category.ML_FUNDAMENTALS : Category.STATISTICS_PROBABILITY, 2);
        } else if (!mock) {
            drill(out, Category.ML_FUNDAMENTALS, 3);
            drill(out, Category.STATISTICS_PROBABILITY, 3);
            weakDrill(out, d);
        }
        if (phase == Phase.FINAL || mock) {
            weakDrill(out, d);
        }
        if (out.size() < capacity) {
            review(date).ifPresent(out::add); // only when it fits, so a due question is never planned and cut
        }
        return new ArrayList<>(out.subList(0, Math.min(out.size(), capacity)));
    }

    /** Resume depth and the story bank, spread evenly over the final days so each day has its share. */
    private void finalWeek(int d, List<Draft> out) {
        int f = d - timeline.finalStart();
        int days = timeline.finalDays();
        List<ResumeProject> mine = share(projects, f, days);
        if (mine.isEmpty() && !projects.isEmpty()) {
            // more final days than projects: defend one again, this time to a friend or a recording
            ResumeProject p = projects.get(f % projects.size());
            out.add(new Draft(ItemKind.resume_depth, null, 3, "Defend " + p.name() + " again, recorded",
                    ResumeDepth.detail(p) + " Record yourself and cut every sentence that does not answer the "
                    + "question.", List.of(), p.name(), null));
        }
        if (projects.isEmpty()) {
            out.add(new Draft(ItemKind.resume_depth, null, 3, "Defend your most recent work",
                    "Tell the story of your most recent project in five minutes, then answer why you chose each "
                    + "method over the obvious alternative.", List.of(), null, null));
        }
        for (ResumeProject p : mine) {
            out.add(new Draft(ItemKind.resume_depth, null, 3, "Defend " + p.name() + " for five minutes",
                    ResumeDepth.detail(p), List.of(), p.name(), null));
        }
        List<String> mineThemes = share(themes, f, days);
        if (mineThemes.isEmpty()) {
            out.add(new Draft(ItemKind.story_bank, Category.BEHAVIORAL, 3, "Rehearse your story bank out loud",
                    "Tell each story in two minutes: situation, task, your actions, a measured result.", List.of(),
                    null, null));
        }
        for (String theme : mineThemes) {
            String name = theme.replace('_', ' ');
            out.add(new Draft(ItemKind.story_bank, Category.BEHAVIORAL, 3, "Draft a story: " + name,
                    "Your bank has no story about " + name + ". Write one in STAR form with a measured result, add it "
                    + "to the bank, and tell it out loud in two minutes.", List.of(), null, theme));
        }
    }

    /** The slice of {@code all} that final day {@code f} of {@code days} covers; every element lands on one day. */
    static <T> List<T> share(List<T> all, int f, int days) {
        int from = (int) ((long) all.size() * f / days);
        int to = (int) ((long) all.size() * (f + 1) / days);
        return all.subList(from, to);
    }

    private void drill(List<Draft> out, Category c, int weight) {
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).kind() == ItemKind.drill && out.get(i).category() == c) {
                out.set(i, out.get(i).heavier(weight)); // more time, and so more questions, not a second item
                return;
            }
        }
        out.add(new Draft(ItemKind.drill, c, weight, "Drill: " + c.label(),
                "Answer each question out loud in two to three minutes, then compare with the key points.",
                List.of(), null, null));
    }

    /** The weak categories take turns, one extra drill a day. */
    private void weakDrill(List<Draft> out, int d) {
        if (!weak.isEmpty()) {
            drill(out, weak.get(d % weak.size()), 3);
        }
    }

    private Optional<Draft> review(LocalDate date) {
        List<DueQuestion> today = new ArrayList<>();
        while (nextDue < due.size() && !due.get(nextDue).dueOn().isAfter(date) && today.size() < PrepPlanner.REVIEWS_PER_DAY) {
            today.add(due.get(nextDue++));
        }
        return today.isEmpty() ? Optional.empty() : Optional.of(reviewOf(today, 2,
                "Review " + today.size() + (today.size() == 1 ? " question" : " questions") + " due"));
    }

    /** The last day: the weakest questions still open, else a last look at two drilled ones. */
    private Draft lightReview(QuestionPicker picker) {
        List<DueQuestion> left = due.subList(Math.min(nextDue, due.size()), due.size()).stream()
                .sorted(Comparator.comparingInt(DueQuestion::bestScore)).limit(2).toList();
        if (left.isEmpty()) {
            List<String> taken = picker.taken();
            return new Draft(ItemKind.review, null, 2, "Light review",
                    "Re-read the key points of two questions you drilled; no new material today.",
                    taken.subList(0, Math.min(2, taken.size())), null, null);
        }
        return reviewOf(left, 2, "Light review");
    }

    static Draft revisit(List<String> taken) {
        return new Draft(ItemKind.review, null, 2, "Revisit drilled questions",
                "Answer again, out loud, the drilled questions you found hardest.",
                taken.subList(Math.max(0, taken.size() - 3), taken.size()), null, null);
    }

    private static Draft reviewOf(List<DueQuestion> qs, int weight, String title) {
        StringBuilder b = new StringBuilder("Answer again, then retry in the app:");
        qs.forEach(q -> b.append("\n- ").append(q.text()));
        return new Draft(ItemKind.review, qs.get(0).category(), weight, title, b.toString(),
                qs.stream().map(DueQuestion::bankId).filter(Objects::nonNull).toList(), null, null);
    }
}
