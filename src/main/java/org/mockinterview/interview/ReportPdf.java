package org.mockinterview.interview;

import org.mockinterview.interview.InterviewReport.CategoryCount;
import org.mockinterview.interview.InterviewReport.DueQuestion;
import org.mockinterview.interview.InterviewReport.Improvement;
import org.mockinterview.interview.InterviewReport.NextSteps;
import org.mockinterview.interview.InterviewReport.PartCoverage;
import org.mockinterview.interview.InterviewReport.PrepDay;
import org.mockinterview.interview.InterviewReport.QuestionScores;
import org.mockinterview.interview.InterviewReport.ReportHeader;
import org.mockinterview.interview.InterviewReport.StoryBankCoverage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static org.mockinterview.interview.PdfFlow.BOLD;
import static org.mockinterview.interview.PdfFlow.ITALIC;
import static org.mockinterview.interview.PdfFlow.REGULAR;

/**
 * Renders a report as a printable PDF that flows over as many numbered pages as it needs: header, category chart,
 * each question with its strongest point and fix, STAR and story-bank coverage, delivery, progress and next steps.
 */
public final class ReportPdf {

    private ReportPdf() {
    }

    public static byte[] render(long interviewId, InterviewReport report) {
        try (PdfFlow flow = new PdfFlow()) {
            header(flow, interviewId, report);
            flow.heading("Scores by category");
            ReportCharts.bars(flow, report.categories());
            questions(flow, report.questions());
            star(flow, report);
            stories(flow, report.storyBank());
            flow.heading("Delivery");
            flow.paragraph(REGULAR, 10, 0, report.delivery().summary());
            if (report.progress() != null && report.progress().size() >= 2) {
                flow.heading("Progress across your " + report.progress().size() + " interviews");
                ReportCharts.progress(flow, report.progress());
            }
            nextSteps(flow, report.nextSteps() == null ? new NextSteps(report.improvements(), List.of(), List.of())
                    : report.nextSteps());
            return flow.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(PdfFlow flow, long interviewId, InterviewReport report) throws IOException {
        ReportHeader h = report.header();
        flow.line(BOLD, 18, 0, h != null && h.candidateName() != null
                ? "Mock interview report: " + h.candidateName() : "Mock interview report #" + interviewId);
        if (h != null) {
            String when = (h.date() == null ? "" : h.date() + " - ")
                    + (h.durationMinutes() == null ? "" : h.durationMinutes() + " min, ")
                    + h.mainQuestions() + (h.mainQuestions() == 1 ? " question" : " questions");
            flow.line(REGULAR, 11, 0, when);
            flow.paragraph(REGULAR, 10, 0, "Mix: " + String.join(", ", h.mix().stream()
                    .map((CategoryCount c) -> c.categoryLabel() + " " + c.questions()).toList()));
        }
        flow.line(REGULAR, 11, 0, "Overall score: "
                + (report.overallScore() == null ? "n/a" : report.overallScore() + "/100") + "   Answered "
                + report.answered() + " of " + report.total() + ", skipped " + report.skipped()
                + ", not answered " + report.notAnswered());
    }

    private static void questions(PdfFlow flow, List<QuestionScores> questions) throws IOException {
        flow.heading("Question by question");
        int n = 0;
        for (QuestionScores q : questions) {
            flow.reserve(50);
            flow.gap(4);
            String kind = q.kind() == QuestionKind.main ? (++n) + ". " : "Follow-up: ";
            flow.paragraph(BOLD, 10, 0, kind + q.question());
            String score = q.firstScore() == null ? "Not scored" : "Score " + q.firstScore() + "/100";
            if (q.attempts() > 1 && q.bestScore() != null && q.bestAttempt() != null && q.bestAttempt() > 1) {
                score += "   Best retry (attempt " + q.bestAttempt() + "): " + q.bestScore() + "/100";
            }
            flow.line(REGULAR, 10, 12, q.categoryLabel() + " - " + score);
            if (q.strongestPoint() != null) {
                flow.paragraph(REGULAR, 10, 12, "Strongest point: " + q.strongestPoint());
                flow.paragraph(ITALIC, 10, 24, "\"" + q.evidence() + "\"");
            }
            if (q.toFix() != null) {
                flow.paragraph(REGULAR, 10, 12, "To fix: " + q.toFix());
            }
        }
    }

    private static void star(PdfFlow flow, InterviewReport report) throws IOException {
        int behavioral = report.starCoverage().behavioralAnswers();
        if (behavioral == 0) {
            flow.heading("STAR coverage");
            flow.line(REGULAR, 10, 0, "No behavioral question was answered in this interview.");
            return;
        }
        flow.heading("STAR coverage (" + behavioral + " behavioral " + (behavioral == 1 ? "answer" : "answers") + ")");
        for (PartCoverage p : report.starCoverage().parts()) {
            flow.line(REGULAR, 10, 0, AnswerHighlights.human(p.part()) + ": present in " + p.present() + " of "
                    + (p.present() + p.missing()));
        }
    }

    private static void stories(PdfFlow flow, StoryBankCoverage bank) throws IOException {
        if (bank == null) {
            return;
        }
        flow.heading("Story bank (" + bank.stories() + (bank.stories() == 1 ? " story" : " stories") + ")");
        flow.paragraph(REGULAR, 10, 0, "Themes covered: " + (bank.covered().isEmpty() ? "none yet"
                : String.join(", ", bank.covered())));
        flow.paragraph(REGULAR, 10, 0, "Themes missing: " + (bank.missing().isEmpty() ? "none"
                : String.join(", ", bank.missing())));
    }

    private static void nextSteps(PdfFlow flow, NextSteps next) throws IOException {
        flow.heading("Next steps");
        int i = 1;
        for (Improvement imp : next.fixes()) {
            flow.paragraph(REGULAR, 10, 0, (i++) + ". " + imp.advice());
        }
        if (!next.dueForReview().isEmpty()) {
            flow.line(BOLD, 10, 0, "Due for review");
            for (DueQuestion d : next.dueForReview()) {
                flow.paragraph(REGULAR, 10, 12, "- " + d.question() + " (" + d.categoryLabel() + ")");
            }
        }
        if (!next.prepDays().isEmpty()) {
            flow.line(BOLD, 10, 0, "Your prep plan, next " + next.prepDays().size() + " days");
            for (PrepDay d : next.prepDays()) {
                flow.line(REGULAR, 10, 12, d.date().toString());
                for (String item : d.items()) {
                    flow.paragraph(REGULAR, 10, 24, "- " + item);
                }
            }
        }
    }
}
