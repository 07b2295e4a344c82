package org.mockinterview.interview;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockinterview.interview.InterviewReport.CategoryCount;
import org.mockinterview.interview.InterviewReport.CategoryScore;
import org.mockinterview.interview.InterviewReport.DeliverySummary;
import org.mockinterview.interview.InterviewReport.Improvement;
import org.mockinterview.interview.InterviewReport.NextSteps;
import org.mockinterview.interview.InterviewReport.PartCoverage;
import org.mockinterview.interview.InterviewReport.PrepDay;
import org.mockinterview.interview.InterviewReport.ProgressPoint;
import org.mockinterview.interview.InterviewReport.QuestionScores;
import org.mockinterview.interview.InterviewReport.ReportHeader;
import org.mockinterview.interview.InterviewReport.StarCoverage;
import org.mockinterview.interview.InterviewReport.StoryBankCoverage;
import org.mockinterview.kernel.Category;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rendered report PDF, read back as text by pdftotext and as pixels: questions, human names, flow over pages.
 */
class ReportPdfTest {

    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    private static final String LONG = "Walk me through how you would design, validate and monitor a fraud model whose "
            + "positives are a tenth of a percent of traffic, including the sampling, the metric you would optimise "
            + "and how you would explain its decisions to the operations team that reviews every flagged payment";

    @Test
    void longReportFlowsOverNumberedPagesWithEveryQuestionExtractable(@TempDir Path dir) throws Exception {
        List<QuestionScores> questions = new ArrayList<>();
        IntStream.range(0, 14).forEach(i -> questions.add(new QuestionScores(i, QuestionKind.main,
                Category.values()[i % 5], null, "Q" + i + " " + LONG, 40 + i, i == 3 ? 90 : 40 + i, i == 3 ? 2 : 1,
                i == 3 ? 2 : 1, "Explains tradeoffs", "I chose recall at a fixed precision of 0.9 because " + i,
                "Name the metric before the model.")));
        byte[] pdf = ReportPdf.render(7, report(questions, new StarCoverage(0, List.of()),
                List.of(new ProgressPoint(1, T0, 30), new ProgressPoint(2, T0.plusDays(3), 55),
                        new ProgressPoint(7, T0.plusDays(6), 80))));

        String text = pdftotext(dir, pdf);
        for (QuestionScores q : questions) {
            assertThat(text.replaceAll("\\s+", " ")).contains(q.question());
        }
        assertThat(text).contains("Ada Lovelace").contains("2026-03-07").contains("42 min")
                .contains("ML fundamentals").contains("Statistics & probability").contains("Applied case study")
                .doesNotContain("ml_fundamentals").doesNotContain("statistics_probability")
                .contains("No behavioral question was answered").doesNotContain("Situation: present")
                .contains("Best retry (attempt 2): 90/100").contains("I chose recall at a fixed precision")
                .contains("To fix: Name the metric before the model.")
                .contains("Themes missing: Failed model").contains("Due for review").contains("Rehearse the messy")
                .contains("Progress across your 3 interviews").contains("(+12)")
                .contains("Filler words are occasional");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(text).contains("Page 1 of " + pages).contains("Page " + pages + " of " + pages);
            assertThat(darkPixels(new PDFRenderer(doc).renderImageWithDPI(0, 50))).as("bars on page 1")
                    .isGreaterThan(500);
        }
    }

    @Test
    void behavioralAnswersGetTheStarTableAndOneInterviewNoProgressChart(@TempDir Path dir) throws Exception {
        byte[] pdf = ReportPdf.render(8, report(List.of(new QuestionScores(1, QuestionKind.main,
                        Category.BEHAVIORAL, null, "Tell me about a conflict.", 70, 70, 1, 1, null, null, null)),
                new StarCoverage(1, List.of(new PartCoverage("situation", 1, 0, 0),
                        new PartCoverage("measurable_result", 0, 1, 1))), List.of()));
        String text = pdftotext(dir, pdf);
        assertThat(text).contains("STAR coverage (1 behavioral answer)").contains("Situation: present in 1 of 1")
                .contains("Measurable result: present in 0 of 1").doesNotContain("No behavioral question")
                .doesNotContain("Progress across").contains("Tell me about a conflict.");
    }

    private static InterviewReport report(List<QuestionScores> questions, StarCoverage star,
            List<ProgressPoint> progress) {
        List<CategoryScore> categories = List.of(new CategoryScore(Category.ML_FUNDAMENTALS, null, 62, 3, 0, 0, 12),
                new CategoryScore(Category.STATISTICS_PROBABILITY, null, 48, 3, 0, 0, null),
                new CategoryScore(Category.APPLIED_CASE_STUDY, null, null, 0, 1, 0, null));
        List<Improvement> fixes = List.of(new Improvement("Quantify the result.", 1, "q", "a", 40));
        return new InterviewReport(55, questions.size(), questions.size(), 0, 0, categories, star, fixes,
                new DeliverySummary(1000, 12, 0.012, List.of("um"), 0, null, null), List.of(), "test", T0, questions,
                new ReportHeader("Ada Lovelace", LocalDate.of(2026, 3, 7), 42, questions.size(),
                        List.of(new CategoryCount(Category.ML_FUNDAMENTALS, null, 3))),
                new StoryBankCoverage(2, List.of("Messy data"), List.of("Failed model")),
                new NextSteps(fixes, List.of(new InterviewReport.DueQuestion(3, "What is a p-value?",
                        Category.STATISTICS_PROBABILITY, null)),
                        List.of(new PrepDay(LocalDate.of(2026, 3, 8), List.of("Rehearse the messy data story (20 min)")))),
                progress);
    }

    /** The real pdftotext, as a reader's tools would see the file; skipped where poppler is not installed. */
    static String pdftotext(Path dir, byte[] pdf) throws Exception {
        boolean present = Files.isExecutable(Path.of("/usr/bin/pdftotext"))
                || Files.isExecutable(Path.of("/usr/local/bin/pdftotext"));
        Assumptions.assumeTrue(present, "pdftotext (poppler-utils) is not installed");
        Path in = dir.resolve("report.pdf");
        Path out = dir.resolve("report.txt");
        Files.write(in, pdf);
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", in.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(new File(dir.resolve("log").toString())).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("pdftotext finished").isTrue();
        assertThat(p.exitValue()).isZero();
        return Files.readString(out);
    }

    static int darkPixels(BufferedImage page) {
        int dark = 0;
        for (int x = 0; x < page.getWidth(); x++) {
            for (int y = 0; y < page.getHeight(); y++) {
                int rgb = page.getRGB(x, y) & 0xFFFFFF;
                if (((rgb >> 16) & 0xFF) < 100 && ((rgb >> 8) & 0xFF) < 100 && (rgb & 0xFF) < 160) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
