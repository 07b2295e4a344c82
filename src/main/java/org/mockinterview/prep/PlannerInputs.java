package org.mockinterview.prep;

import jakarta.enterprise.context.ApplicationScoped;
import org.mockinterview.practice.PracticeViews.CategoryTrend;
import org.mockinterview.practice.PracticeViews.QueueItem;
import org.mockinterview.practice.PracticeViews.Progress;
import org.mockinterview.practice.ProgressService;
import org.mockinterview.practice.ReviewService;
import org.mockinterview.prep.PrepPlanner.DueQuestion;
import org.mockinterview.prep.PrepPlanner.Inputs;
import org.mockinterview.prep.PrepPlanner.ResumeProject;
import org.mockinterview.kernel.Category;
import org.mockinterview.question.BankQuestion;
import org.mockinterview.question.QuestionBank;
import org.mockinterview.resume.ResumeService;
import org.mockinterview.resume.ResumeView;
import org.mockinterview.resume.profile.ResumeProfile;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers what a plan is made from, through the other features' services: progress, the review schedule, the
 * story bank and the resume.
 */
@ApplicationScoped
class PlannerInputs {

    private final ProgressService progress;
    private final ReviewService review;
    private final ResumeService resumes;
    private final QuestionBank bank;

    PlannerInputs(ProgressService progress, ReviewService review, ResumeService resumes,
            QuestionBank bank) {
        this.progress = progress;
        this.review = review;
        this.resumes = resumes;
        this.bank = bank;
    }

    /** The resume the plan uses: the one named (404 when it is not the caller's), else the most recent, if any. */
    Optional<ResumeView> resume(long userId, Long resumeId) {
        return resumeId != null ? Optional.of(resumes.get(userId, resumeId)) : resumes.latest(userId);
    }

    Inputs of(long userId, LocalDate today, LocalDate interviewDate, int hoursPerWeek, Optional<ResumeView> resume) {
        Map<Category, Integer> latest = new EnumMap<>(Category.class);
        Progress now = progress.of(userId);
        for (CategoryTrend t : now.categories()) {
            if (t.latest() != null) {
                latest.put(t.category(), t.latest());
            }
        }
        List<DueQuestion> due = review.queue(userId).stream()
                .filter(q -> q.dueAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate().isBefore(interviewDate))
                .map(this::due).toList();
        List<ResumeProject> projects = resume.map(ResumeView::profile).map(PlannerInputs::projects).orElse(List.of());
        return new Inputs(today, interviewDate, hoursPerWeek, latest, due, projects, now.stories().missingThemes());
    }

    List<BankQuestion> bank() {
        return bank.all();
    }

    private DueQuestion due(QueueItem q) {
        return new DueQuestion(q.text(), q.category(), q.bestScore(),
                q.dueAt().atZoneSameInstant(ZoneOffset.UTC).toLocalDate(),
                bank.byText(q.text()).map(BankQuestion::id).orElse(null));
    }

    /** The resume's trusted projects; a resume without any offers its roles instead. */
    static List<ResumeProject> projects(ResumeProfile profile) {
        if (profile == null) {
            return List.of();
        }
        List<ResumeProject> named = profile.projects() == null ? List.of() : profile.projects().stream()
                .filter(p -> p.trusted() && p.name() != null && !p.name().isBlank())
                .map(p -> new ResumeProject(p.name().strip(), orEmpty(p.technologies()), orEmpty(p.metrics())))
                .toList();
        if (!named.isEmpty() || profile.experience() == null) {
            return named;
        }
        return profile.experience().stream().filter(e -> e.trusted() && e.title() != null && !e.title().isBlank())
                .map(e -> new ResumeProject(e.organization() == null || e.organization().isBlank() ? e.title().strip()
                        : e.title().strip() + " at " + e.organization().strip(), orEmpty(e.technologies()),
                        orEmpty(e.metrics())))
                .toList();
    }

    private static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l;
    }
}
