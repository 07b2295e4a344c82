package org.mockinterview.interview;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mockinterview.coach.InterviewCoach;
import org.mockinterview.interview.InterviewRequests.CreateInterview;
import org.mockinterview.interview.InterviewViews.InterviewSummary;
import org.mockinterview.interview.InterviewViews.InterviewView;
import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;
import org.mockinterview.kernel.PlannedQuestion;
import org.mockinterview.kernel.TokenUsage;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;
import org.mockinterview.platform.web.PageView;
import org.mockinterview.question.PlanRequest;
import org.mockinterview.question.PlanResult;
import org.mockinterview.question.QuestionPlanner;
import org.mockinterview.question.QuestionTexts;
import org.mockinterview.question.UserHistory;
import org.mockinterview.resume.ResumeService;
import org.mockinterview.resume.ResumeView;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Creating, reading, listing and deleting interview sessions. Planning runs outside any transaction.
 */
@ApplicationScoped
public class InterviewService {

    private final InterviewRepository interviews;
    private final InterviewQuestionRepository questions;
    private final ResumeService resumes;
    private final InterviewCoach coach;
    private final InterviewStateMapper mapper;
    private final ReviewQuestions review;
    private final Clock clock;

    InterviewService(InterviewRepository interviews, InterviewQuestionRepository questions, ResumeService resumes,
            InterviewCoach coach, InterviewStateMapper mapper, ReviewQuestions review, Clock clock) {
        this.review = review;
        this.clock = clock;
        this.interviews = interviews;
        this.questions = questions;
        this.resumes = resumes;
        this.coach = coach;
        this.mapper = mapper;
    }

    public InterviewView create(long userId, CreateInterview request) {
        InterviewSettings settings = settings(request);
        if (InterviewSettings.REVIEW.equals(settings.mode())) {
            return QuarkusTransaction.requiringNew().call(() -> store(userId, null, settings, reviewPlan(userId,
                    settings)));
        }
        ResumeView resume = null;
        if (request.resumeId() != null) {
            resume = resumes.findOwned(userId, request.resumeId())
                    .orElseThrow(() -> ProblemException.notFound("Resume " + request.resumeId()));
        }
        UserHistory history = QuarkusTransaction.requiringNew().call(() -> history(userId));
        PlanResult plan = coach.plan(new PlanRequest(
                resume == null ? null : resume.profile(), resume == null ? null : resume.sha256(),
                settings.jobDescription(), settings.categories(), settings.questionsPerCategory(),
                settings.difficulty(), history));
        Long resumeId = resume == null ? null : resume.id();
        return QuarkusTransaction.requiringNew().call(() -> store(userId, resumeId, settings, plan));
    }

    @Transactional
    public InterviewView get(long userId, long id) {
        return mapper.view(owned(userId, id));
    }

    @Transactional
    public PageView<InterviewSummary> list(long userId, int page, int size) {
        List<InterviewSummary> items = interviews.pageOwned(userId, page, size).stream()
                .map(mapper::summary).toList();
        return new PageView<>(items, page, size, interviews.countOwned(userId));
    }

    @Transactional
    public void delete(long userId, long id) {
        Interview interview = interviews.lockOwned(userId, id)
                .orElseThrow(() -> ProblemException.notFound("Interview " + id));
        interviews.delete(interview);
    }

    Interview owned(long userId, long id) {
        return interviews.findOwned(userId, id).orElseThrow(() -> ProblemException.notFound("Interview " + id));
    }

    private InterviewView store(long userId, Long resumeId, InterviewSettings settings,
            PlanResult plan) {
        Interview interview = new Interview();
        interview.userId = userId;
        interview.resumeId = resumeId;
        interview.settings = settings;
        interview.followUpsPerQuestion = settings.followUps();
        interview.tokenUsage = plan.usage();
        interview.createdAt = OffsetDateTime.now(clock);
        interview.updatedAt = interview.createdAt;
        interviews.persistAndFlush(interview);
        List<PlannedQuestion> planned = plan.questions();
        List<InterviewQuestion> stored = new ArrayList<>(planned.size());
        for (int i = 0; i < planned.size(); i++) {
            InterviewQuestion q = InterviewQuestion.main(interview.id, i, planned.get(i), interview.createdAt);
            questions.persist(q);
            stored.add(q);
        }
        questions.flush();
        interview.currentQuestionId = stored.isEmpty() ? null : stored.get(0).id;
        return mapper.viewOfNew(interview, stored);
    }

    /** The due questions asked again as they were first asked: same text, source, key points and difficulty. */
    private PlanResult reviewPlan(long userId, InterviewSettings settings) {
        List<Long> due = review.dueQuestionIds(userId, settings.categories(), settings.questionsPerCategory());
        if (due.isEmpty()) {
            throw ProblemException.specific(ProblemType.UNPROCESSABLE,
                    "nothing-due", "No question is due for review" + (settings.categories().size()
                            < Category.values().length ? " in these categories" : "")
                            + "; GET /api/v1/practice/queue shows when the next one is.");
        }
        // one read for all of them, then grouped by category in the order they fell due
        List<PlannedQuestion> planned = questions.list("id in ?1", due).stream()
                .sorted(Comparator.comparing((InterviewQuestion q) -> q.category)
                        .thenComparing(q -> due.indexOf(q.id)))
                .map(InterviewQuestion::toPlanned).toList();
        return new PlanResult(planned, TokenUsage.ZERO, List.of("review of due questions"));
    }

    private UserHistory history(long userId) {
        Set<String> bankIds = new LinkedHashSet<>();
        Set<String> texts = new LinkedHashSet<>();
        for (InterviewQuestion q : questions.askedBy(userId)) {
            if (q.bankId != null) {
                bankIds.add(q.bankId);
            }
            texts.add(q.text);
        }
        return new UserHistory(bankIds, texts);
    }

    private static InterviewSettings settings(CreateInterview r) {
        List<Category> categories = new ArrayList<>();
        if (r.categories() == null || r.categories().isEmpty()) {
            categories.addAll(List.of(Category.values()));
        } else {
            for (String c : r.categories()) {
                Category parsed = Category.parse(c).orElseThrow(() -> ProblemException.field("categories",
                        "unknown category '" + c + "'; use " + Arrays.stream(Category.values())
                                .map(Category::wire).collect(Collectors.joining(", "))));
                if (!categories.contains(parsed)) {
                    categories.add(parsed);
                }
            }
        }
        Difficulty difficulty = Difficulty.MIXED;
        if (r.difficulty() != null) {
            try {
                difficulty = Difficulty.valueOf(r.difficulty().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ProblemException.field("difficulty", "must be one of easy, medium, hard, mixed");
            }
        }
        String jd = QuestionTexts.isBlank(r.jobDescription()) ? null : r.jobDescription();
        int perCategory = r.questionsPerCategory() == null ? QuestionPlanner.DEFAULT_PER_CATEGORY
                : r.questionsPerCategory();
        String mode = r.mode() == null || r.mode().isBlank() ? InterviewSettings.STANDARD
                : r.mode().trim().toLowerCase(Locale.ROOT);
        if (!mode.equals(InterviewSettings.STANDARD) && !mode.equals(InterviewSettings.REVIEW)) {
            throw ProblemException.field("mode", "must be one of standard, review");
        }
        return new InterviewSettings(categories, perCategory, difficulty, r.followUps() == null ? 1 : r.followUps(),
                jd, mode);
    }
}
