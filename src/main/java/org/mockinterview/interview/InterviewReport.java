package org.mockinterview.interview;

import org.mockinterview.kernel.Category;

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
        List<QuestionScores> questions) {

    /** The same report with each question's attempts as they stand now (retries may follow completion). */
    public InterviewReport withQuestions(List<QuestionScores> current) {
        return new InterviewReport(overallScore, total, answered, skipped, notAnswered, categories, starCoverage,
                improvements, delivery, projects, engine, generatedAt, current);
    }

    /**
     * One answered question: the first score (the one every figure above uses) and the best attempt beside it;
     * {@code bestAttempt} 1 is the turn's own answer, {@code attempts} counts them all.
     */
    public record QuestionScores(long questionId, QuestionKind kind, Category category, String categoryLabel,
            String question, Integer firstScore, Integer bestScore, Integer bestAttempt, int attempts) {
        public QuestionScores {
            categoryLabel = category == null ? null : category.label();
        }
    }

    /** Mean score of the answered turns of one category. */
    public record CategoryScore(Category category, String categoryLabel, Integer score, int answered, int skipped,
            int notAnswered) {
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

    /** Delivery over all answers. */
    public record DeliverySummary(int words, int fillerWords, double fillerRate, List<String> topFillers, int hedges,
            Integer averageWordsPerMinute) {
    }

    /** A resume project that came up, with what the candidate said about its model and metric. */
    public record ProjectDiscussion(String project, List<Long> questionIds, List<String> modelChoice,
            List<String> metric) {
    }
}
