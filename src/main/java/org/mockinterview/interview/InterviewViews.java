package org.mockinterview.interview;

import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;
import org.mockinterview.kernel.Source;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The JSON shapes of the interview API.
 */
public final class InterviewViews {

    private InterviewViews() {
    }

    /** A session and where it stands. */
    public record InterviewView(long id, InterviewStatus status, OffsetDateTime createdAt, OffsetDateTime completedAt,
            Long resumeId, Settings settings, List<PlanItem> plan, Current current, Progress progress) {
    }

    /** The settings, without the job description text. */
    public record Settings(List<Category> categories, int questionsPerCategory, Difficulty difficulty, int followUps,
            boolean jobDescription, String mode) {
    }

    /** A planned main question. */
    public record PlanItem(long id, int position, Category category, String text, Source source, String projectRef) {
    }

    /** The question awaiting an answer; for a behavioral one, the caller's best story for its theme, if any. */
    public record Current(QuestionView question, QuestionKind kind, Long suggestedStoryId) {
    }

    /** Main questions answered or skipped, of all planned. */
    public record Progress(int answered, int total) {
    }

    /** Any question, main or follow-up. */
    public record QuestionView(long id, QuestionKind kind, Long parentId, Category category, String text,
            Source source, String projectRef) {
        static QuestionView of(InterviewQuestion q) {
            return q == null ? null
                    : new QuestionView(q.id, q.kind, q.parentId, q.category, q.text, q.source, q.projectRef);
        }
    }

    /** Summary of a session in a list. */
    public record InterviewSummary(long id, InterviewStatus status, OffsetDateTime createdAt,
            OffsetDateTime completedAt, Long resumeId, Progress progress, Integer overallScore) {
    }
}
