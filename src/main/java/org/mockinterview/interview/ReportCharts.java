package org.mockinterview.interview;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.mockinterview.interview.InterviewReport.CategoryScore;
import org.mockinterview.interview.InterviewReport.ProgressPoint;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

import static org.mockinterview.interview.PdfFlow.BOLD;
import static org.mockinterview.interview.PdfFlow.MARGIN;
import static org.mockinterview.interview.PdfFlow.REGULAR;
import static org.mockinterview.interview.PdfFlow.label;

/**
 * The report's vector charts: category bars and the progress line. Dark ink on white with labels, so they stay
 * readable printed in black and white.
 */
final class ReportCharts {

    private static final Color INK = new Color(0x1F, 0x3A, 0x68);
    private static final Color TRACK = new Color(0xE0, 0xE0, 0xE0);

    private ReportCharts() {
    }

    /** One bar per category with its score and the change since the previous interview. */
    static void bars(PdfFlow flow, List<CategoryScore> scores) throws IOException {
        float labelWidth = 150;
        float barMax = flow.width() - labelWidth - 110;
        for (CategoryScore c : scores) {
            PDPageContentStream cs = flow.reserve(22);
            float y = flow.y() - 18;
            label(cs, REGULAR, 10, MARGIN, y + 3, c.category().label());
            int score = c.score() == null ? 0 : c.score();
            cs.setNonStrokingColor(TRACK);
            cs.addRect(MARGIN + labelWidth, y, barMax, 14);
            cs.fill();
            cs.setNonStrokingColor(INK);
            cs.addRect(MARGIN + labelWidth, y, barMax * score / 100f, 14);
            cs.fill();
            cs.setNonStrokingColor(Color.BLACK);
            String value = c.score() == null ? "n/a" : score + (c.change() == null ? ""
                    : c.change() == 0 ? " (no change)" : " (" + (c.change() > 0 ? "+" : "") + c.change() + ")");
            label(cs, BOLD, 10, MARGIN + labelWidth + barMax + 6, y + 3, value);
            flow.gap(22);
        }
    }

    /** Overall score per interview, oldest to newest, on a 0-100 axis. */
    static void progress(PdfFlow flow, List<ProgressPoint> points) throws IOException {
        float height = 120;
        PDPageContentStream cs = flow.reserve(height + 30);
        float left = MARGIN + 30;
        float bottom = flow.y() - height - 10;
        float w = flow.width() - 40;
        cs.setStrokingColor(Color.GRAY);
        cs.setLineWidth(0.5f);
        for (int tick = 0; tick <= 100; tick += 50) {
            float ty = bottom + height * tick / 100f;
            cs.moveTo(left, ty);
            cs.lineTo(left + w, ty);
            cs.stroke();
            label(cs, REGULAR, 8, MARGIN, ty - 3, String.valueOf(tick));
        }
        float step = points.size() == 1 ? 0 : w / (points.size() - 1);
        cs.setStrokingColor(INK);
        cs.setNonStrokingColor(INK);
        cs.setLineWidth(2.5f);
        for (int i = 0; i < points.size(); i++) {
            float px = left + step * i;
            float py = bottom + height * points.get(i).score() / 100f;
            if (i == 0) {
                cs.moveTo(px, py);
            } else {
                cs.lineTo(px, py);
            }
        }
        cs.stroke();
        for (int i = 0; i < points.size(); i++) {
            float px = left + step * i;
            float py = bottom + height * points.get(i).score() / 100f;
            cs.setNonStrokingColor(INK);
            cs.addRect(px - 3, py - 3, 6, 6);
            cs.fill();
            cs.setNonStrokingColor(Color.BLACK);
            label(cs, BOLD, 8, px - 6, py + 6, String.valueOf(points.get(i).score()));
        }
        flow.gap(height + 20);
    }
}
