package org.mockinterview.practice;

import org.mockinterview.kernel.Category;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The JSON shapes of the review queue and of progress.
 */
public final class PracticeViews {

    private PracticeViews() {
    }

    /** One answered question on the schedule; retry it at {@code /interviews/{interviewId}/questions/{questionId}/attempts}. */
    public record QueueItem(long questionId, long interviewId, String text, Category category,
            ReviewSchedule.Status status, int bestScore, int attempts, OffsetDateTime lastAttemptAt,
            OffsetDateTime dueAt, boolean due) {
    }

    /** Progress over time, from the stored analyses; a user with no interviews gets zeros and empty lists. */
    public record Progress(long interviews, long answered, List<CategoryTrend> categories,
            List<CriterionRate> weakestCriteria, Stories stories, long dueForReview) {
    }

    /**
     * One category's score in each completed interview, oldest first; {@code change} is the latest score minus the
     * first, null with fewer than two.
     */
    public record CategoryTrend(Category category, List<Point> scores, Integer latest, Integer best, Integer change) {
    }

    /** A category's score in one completed interview. */
    public record Point(long interviewId, OffsetDateTime completedAt, int score) {
    }

    /** How often a rubric criterion was met over the answers it applied to. */
    public record CriterionRate(String criterion, double metRate, long answers) {
    }

    /** The story bank's size and the themes it misses. */
    public record Stories(long count, List<String> missingThemes) {
    }
}
