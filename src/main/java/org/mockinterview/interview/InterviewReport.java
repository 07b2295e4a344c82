package org.mockinterview.interview;

import org.mockinterview.kernel.Category;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The report of a completed interview. Every score here is computed in code from the per-answer analyses;
 * questions without an answer are counted as not answered, never scored. Retries never change the first scores;
 * {@code questions} shows the best attempt beside each first score.
 */
public record InterviewReport(
        Integer overallScore,
        int total,
        int answered,
        int skipped,
        int notAnswered,
        List<CategoryScore> categories,
        StarCoverage starCoverage,
        List<Improvement> improvements,
        DeliverySummary delivery,
        List<ProjectDiscussion> projects,
        String engine,
        OffsetDateTime generatedAt,
        List<QuestionScores> questions,
        ReportHeader header,
        StoryBankCoverage storyBank,
        NextSteps nextSteps,
        List<ProgressPoint> progress) {

    /**
     * The same report with what changes after completion (retries, the story bank, the review queue, the prep plan,
     * later interviews) as it stands now; the stored scores never change.
     */
    public InterviewReport withContext(List<CategoryScore> categoriesNow, List<QuestionScores> current,
            ReportHeader headerNow, StoryBankCoverage storyBankNow, NextSteps nextStepsNow,
            List<ProgressPoint> progressNow) {
        return new InterviewReport(overallScore, total, answered, skipped, notAnswered, categoriesNow, starCoverage,
                improvements, delivery, projects, engine, generatedAt, current, headerNow, storyBankNow, nextStepsNow,
                progressNow);
    }

    /** Who, when, how long, and which categories the interview asked about. */
    public record ReportHeader(String candidateName, LocalDate date, Integer durationMinutes, int mainQuestions,
            List<CategoryCount> mix) {
    }

    /** How many main questions one category had. */
    public record CategoryCount(Category category, String categoryLabel, int questions) {
        public CategoryCount {
            categoryLabel = category == null ? null : category.label();
        }
    }

    /** The story-bank themes the user has a story for, and those still missing. */
    public record StoryBankCoverage(int stories, List<String> covered, List<String> missing) {
    }

    /** The three most valuable fixes, the questions due for review and the prep plan's next days. */
    public record NextSteps(List<Improvement> fixes, List<DueQuestion> dueForReview, List<PrepDay> prepDays) {
    }

    /** A question of the user's due for review now. */
    public record DueQuestion(long questionId, String question, Category category, String categoryLabel) {
        public DueQuestion {
            categoryLabel = category == null ? null : category.label();
        }
    }

    /** One day of the user's prep plan, each item as one readable line. */
    public record PrepDay(LocalDate date, List<String> items) {
    }

    /** One completed interview's overall score, oldest first. */
    public record ProgressPoint(long interviewId, OffsetDateTime completedAt, int score) {
    }

    /**
     * One answered question: the first score (the one every figure above uses) and the best attempt beside it;
     * {@code bestAttempt} 1 is the turn's own answer, {@code attempts} counts them all.
     */
    public record QuestionScores(long questionId, QuestionKind kind, Category category, String categoryLabel,
            String question, Integer firstScore, Integer bestScore, Integer bestAttempt, int attempts,
            String strongestPoint, String evidence, String toFix) {
        public QuestionScores {
            categoryLabel = category == null ? null : category.label();
        }
    }

    /** Mean score of the answered turns of one category; {@code change} is against the previous interview's. */
    public record CategoryScore(Category category, String categoryLabel, Integer score, int answered, int skipped,
            int notAnswered, Integer change) {
        // derived, so reports stored before the label existed read back with it
        public CategoryScore {
            categoryLabel = category == null ? null : category.label();
        }
    }

    /** How often each STAR part was missing across the behavioral answers. */
    public record StarCoverage(int behavioralAnswers, List<PartCoverage> parts) {
    }

    /** One STAR part (or measurable result / business impact) across the behavioral answers. */
    public record PartCoverage(String part, int present, int missing, double missingRate) {
    }

    /** A high-value improvement and the answer it comes from. */
    public record Improvement(String advice, long questionId, String question, String answerExcerpt, int score) {
    }

    /** Delivery over all answers; {@code summary} says it in plain words. */
    public record DeliverySummary(int words, int fillerWords, double fillerRate, List<String> topFillers, int hedges,
            Integer averageWordsPerMinute, String summary) {
        // derived, so reports stored before the summary existed read back with it
        public DeliverySummary {
            summary = DeliveryWords.of(words, fillerWords, topFillers, hedges, averageWordsPerMinute);
        }
    }

    /** A resume project that came up, with what the candidate said about its model and metric. */
    public record ProjectDiscussion(String project, List<Long> questionIds, List<String> modelChoice,
            List<String> metric) {
    }
}
