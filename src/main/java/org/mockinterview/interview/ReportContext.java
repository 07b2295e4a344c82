package org.mockinterview.interview;

import jakarta.enterprise.context.ApplicationScoped;
import org.mockinterview.interview.InterviewReport.CategoryCount;
import org.mockinterview.interview.InterviewReport.CategoryScore;
import org.mockinterview.interview.InterviewReport.NextSteps;
import org.mockinterview.interview.InterviewReport.ProgressPoint;
import org.mockinterview.interview.InterviewReport.ReportHeader;
import org.mockinterview.interview.InterviewReport.StoryBankCoverage;
import org.mockinterview.kernel.Category;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.story.StoryService;
import org.mockinterview.story.StoryViews.Coverage;
import org.mockinterview.story.StoryViews.StoryBank;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Adds to a stored report what lives outside it: the header, the change since the previous interview, the story bank,
 * the next steps (review queue and prep plan through their ports) and the progress across interviews.
 */
@ApplicationScoped
class ReportContext {

    private static final int DUE_SHOWN = 5;
    private static final int PREP_DAYS = 3;

    private final StoryService stories;
    private final ReviewQuestions review;
    private final PrepAgenda prep;
    private final InterviewStats stats;

    ReportContext(StoryService stories, ReviewQuestions review, PrepAgenda prep, InterviewStats stats) {
        this.stories = stories;
        this.review = review;
        this.prep = prep;
        this.stats = stats;
    }

    InterviewReport decorate(long userId, Interview interview, InterviewReport stored, List<ReportBuilder.Turn> turns,
            List<InterviewReport.QuestionScores> questions, ResumeProfile profile) {
        List<ProgressPoint> progress = stats.overallScores(userId).stream()
                .filter(p -> interview.completedAt == null || !p.completedAt().isAfter(interview.completedAt))
                .toList();
        return stored.withContext(changes(userId, interview, progress, stored.categories()), questions,
                header(interview, turns, profile), storyBank(userId),
                new NextSteps(stored.improvements(), review.dueForReview(userId, DUE_SHOWN),
                        prep.nextDays(userId, PREP_DAYS)),
                progress.size() >= 2 ? progress : List.of());
    }

    static ReportHeader header(Interview interview, List<ReportBuilder.Turn> turns, ResumeProfile profile) {
        String name = profile == null || profile.name() == null || profile.name().isBlank() ? null
                : profile.name().strip();
        Integer minutes = interview.completedAt == null || interview.createdAt == null ? null
                : (int) Math.max(1, Math.ceilDiv(Duration.between(interview.createdAt, interview.completedAt)
                        .toSeconds(), 60));
        Map<Category, Integer> mix = new EnumMap<>(Category.class);
        turns.stream().filter(t -> t.question().kind == QuestionKind.main)
                .forEach(t -> mix.merge(t.question().category, 1, Integer::sum));
        var when = interview.completedAt != null ? interview.completedAt : interview.createdAt;
        return new ReportHeader(name, when == null ? null : when.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                minutes, mix.values().stream().mapToInt(Integer::intValue).sum(),
                mix.entrySet().stream().map(e -> new CategoryCount(e.getKey(), null, e.getValue())).toList());
    }

    /**
     * Each category's score change against the user's interview completed just before this one (found among the
     * progress points, oldest first; only its scores are read).
     */
    private List<CategoryScore> changes(long userId, Interview interview, List<ProgressPoint> progress,
            List<CategoryScore> now) {
        Long previous = interview.completedAt == null ? null : progress.stream()
                .filter(p -> p.interviewId() != interview.id && p.completedAt().isBefore(interview.completedAt))
                .reduce((a, b) -> b).map(ProgressPoint::interviewId).orElse(null);
        Map<Category, Integer> before = new EnumMap<>(Category.class);
        if (previous != null) {
            stats.categoryScoresOf(userId, previous).forEach(p -> before.put(p.category(), p.score()));
        }
        return now.stream().map(c -> new CategoryScore(c.category(), null, c.score(), c.answered(), c.skipped(),
                c.notAnswered(), c.score() == null || !before.containsKey(c.category()) ? null
                        : c.score() - before.get(c.category()))).toList();
    }

    private StoryBankCoverage storyBank(long userId) {
        StoryBank bank = stories.bank(userId);
        return new StoryBankCoverage(bank.stories().size(),
                bank.coverage().stream().filter(Coverage::covered).map(c -> AnswerHighlights.human(c.theme())).toList(),
                bank.missingThemes().stream().map(AnswerHighlights::human).toList());
    }
}
