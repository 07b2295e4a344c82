package org.mockinterview.interview;

import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Source;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Every question and answer of an interview in asking order, each answer followed by its retries, with timestamps,
 * durations and sources.
 */
public record Transcript(long interviewId, InterviewStatus status, OffsetDateTime createdAt,
        OffsetDateTime completedAt, List<Entry> entries) {

    /** One question and what happened to it. */
    public record Entry(long questionId, QuestionKind kind, Long parentId, Category category, String question,
            Source source, String projectRef, String generator, OffsetDateTime askedAt, String answer,
            boolean skipped, Integer durationSeconds, OffsetDateTime answeredAt, Integer score,
            String analysisEngine, List<Retry> attempts) {
    }

    /** A retry after the turn's own answer; the answer is attempt 1. */
    public record Retry(int number, String answer, Integer durationSeconds, OffsetDateTime answeredAt, Integer score) {
    }

    /** Human-readable Markdown. */
    public String toMarkdown() {
        StringBuilder md = new StringBuilder("# Mock interview ").append(interviewId).append("\n\n")
                .append("Status: ").append(status).append(" · started ").append(createdAt).append("\n\n");
        int n = 0;
        for (Entry e : entries) {
            boolean main = e.kind() == QuestionKind.main;
            md.append(main ? "## " + (++n) + ". " : "### Follow-up: ").append(main ? e.category().label() : "")
                    .append("\n\n**Q:** ").append(e.question()).append("\n\n");
            md.append("_source: ").append(e.source().wire()).append(e.projectRef() == null ? "" : ", about "
                    + e.projectRef()).append("_\n\n");
            md.append(answerLine(e, "**A:** ")).append("\n\n");
            for (Retry r : e.attempts()) {
                md.append(retryLine(r, "**Attempt " + r.number() + ":** ")).append("\n\n");
            }
        }
        return md.toString();
    }

    /** Plain text. */
    public String toPlainText() {
        StringBuilder txt = new StringBuilder("Mock interview ").append(interviewId).append(" (").append(status)
                .append(")\n\n");
        for (Entry e : entries) {
            txt.append(e.kind() == QuestionKind.main ? "Q [" + e.category().label() + "]: " : "  Follow-up Q: ")
                    .append(e.question()).append('\n')
                    .append(e.kind() == QuestionKind.main ? "" : "  ").append(answerLine(e, "A: ")).append('\n');
            for (Retry r : e.attempts()) {
                txt.append(e.kind() == QuestionKind.main ? "" : "  ")
                        .append(retryLine(r, "Attempt " + r.number() + ": ")).append('\n');
            }
            txt.append('\n');
        }
        return txt.toString();
    }

    private static String retryLine(Retry r, String prefix) {
        String meta = (r.durationSeconds() == null ? "" : r.durationSeconds() + " s")
                + (r.score() == null ? "" : (r.durationSeconds() == null ? "" : ", ") + "score " + r.score());
        return prefix + r.answer() + (meta.isEmpty() ? "" : " (" + meta + ")");
    }

    private static String answerLine(Entry e, String prefix) {
        if (e.skipped()) {
            return prefix + "(skipped)";
        }
        if (e.answer() == null) {
            return prefix + "(not answered)";
        }
        String meta = (e.durationSeconds() == null ? "" : e.durationSeconds() + " s")
                + (e.score() == null ? "" : (e.durationSeconds() == null ? "" : ", ") + "score " + e.score());
        return prefix + e.answer() + (meta.isEmpty() ? "" : " (" + meta + ")");
    }
}
