package org.mockinterview.interview;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.mockinterview.interview.InterviewReport.CategoryScore;
import org.mockinterview.interview.InterviewReport.PartCoverage;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a report as a one-page printable PDF: overall score, a bar chart of category scores, STAR coverage
 * and the top improvements. Dark bars on white with labels, so it stays readable in black and white.
 */
public final class ReportPdf {

    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float MARGIN = 50;

    private ReportPdf() {
    }

    public static byte[] render(long interviewId, InterviewReport report) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                y = text(cs, BOLD, 18, MARGIN, y, "Mock interview report #" + interviewId);
                y = text(cs, REGULAR, 11, MARGIN, y - 4, "Overall score: "
                        + (report.overallScore() == null ? "n/a" : report.overallScore() + "/100") + "   Answered "
                        + report.answered() + " of " + report.total() + ", skipped " + report.skipped()
                        + ", not answered " + report.notAnswered());
                y = text(cs, BOLD, 13, MARGIN, y - 14, "Scores by category");
                y = bars(cs, report.categories(), MARGIN, y - 6, width);
                y = text(cs, BOLD, 13, MARGIN, y - 14, "STAR coverage (" + report.starCoverage().behavioralAnswers()
                        + " behavioral answers)");
                y = star(cs, report.starCoverage().parts(), MARGIN, y - 4, width);
                y = text(cs, BOLD, 13, MARGIN, y - 14, "Top improvements");
                int i = 1;
                for (InterviewReport.Improvement imp : report.improvements()) {
                    for (String line : wrap((i++) + ". " + imp.advice(), 95)) {
                        y = text(cs, REGULAR, 10, MARGIN, y, line);
                    }
                    y -= 4;
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float bars(PDPageContentStream cs, List<CategoryScore> scores, float x, float y, float width)
            throws IOException {
        float labelWidth = 170;
        float barMax = width - labelWidth - 50;
        for (CategoryScore c : scores) {
            y -= 22;
            label(cs, REGULAR, 10, x, y + 5, c.category().label());
            int score = c.score() == null ? 0 : c.score();
            cs.setNonStrokingColor(new Color(0xE0, 0xE0, 0xE0));
            cs.addRect(x + labelWidth, y, barMax, 14);
            cs.fill();
            cs.setNonStrokingColor(new Color(0x1F, 0x3A, 0x68));
            cs.addRect(x + labelWidth, y, barMax * score / 100f, 14);
            cs.fill();
            cs.setNonStrokingColor(Color.BLACK);
            label(cs, BOLD, 10, x + labelWidth + barMax + 6, y + 3, c.score() == null ? "n/a" : score + "");
        }
        return y - 6;
    }

    private static float star(PDPageContentStream cs, List<PartCoverage> parts, float x, float y, float width)
            throws IOException {
        for (PartCoverage p : parts) {
            y -= 16;
            label(cs, REGULAR, 10, x, y, p.part().replace('_', ' '));
            label(cs, REGULAR, 10, x + 170, y, "present " + p.present() + ", missing " + p.missing()
                    + " (" + Math.round(p.missingRate() * 100) + "% missing)");
        }
        return y - 6;
    }

    private static float text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        label(cs, font, size, x, y - size, s);
        return y - size - 4;
    }

    private static void label(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(winAnsi(s));
        cs.endText();
    }

    /** Standard 14 fonts only encode WinAnsi: replace what they cannot draw rather than fail the report. */
    private static String winAnsi(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.append(cp >= 32 && cp < 127 || cp >= 160 && cp < 256 ? (char) cp : '?'));
        return b.toString();
    }

    private static List<String> wrap(String s, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : s.split("\\s+")) {
            if (line.length() + word.length() + 1 > max && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
