package org.mockinterview.interview;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Flows text and drawings down A4 pages: wraps by measured width, starts a new page when one is full and numbers
 * the pages at the end, so a long report never runs off its page.
 */
final class PdfFlow implements AutoCloseable {

    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);
    static final float MARGIN = 50;
    private static final float FOOTER = 40;

    private final PDDocument doc = new PDDocument();
    private PDPageContentStream cs;
    private float y;

    PdfFlow() throws IOException {
        newPage();
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    /** The content stream with at least {@code height} points left on the page; the caller draws below y(). */
    PDPageContentStream reserve(float height) throws IOException {
        if (y - height < MARGIN + FOOTER) {
            newPage();
        }
        return cs;
    }

    void gap(float by) {
        y -= by;
    }

    void heading(String s) throws IOException {
        // keep a heading with at least two lines of what follows it
        reserve(60);
        gap(8);
        line(BOLD, 13, 0, s);
    }

    void line(PDType1Font font, float size, float indent, String s) throws IOException {
        reserve(size + 4);
        label(cs, font, size, MARGIN + indent, y - size, s);
        y -= size + 4;
    }

    /** Wrapped to the page width, each line placed as text so it stays extractable. */
    void paragraph(PDType1Font font, float size, float indent, String s) throws IOException {
        for (String l : wrap(font, size, width() - indent, s)) {
            line(font, size, indent, l);
        }
    }

    static void label(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(winAnsi(s));
        cs.endText();
    }

    /** Standard 14 fonts only encode WinAnsi: replace what they cannot draw rather than fail the report. */
    static String winAnsi(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> b.append(cp >= 32 && cp < 127 || cp >= 160 && cp < 256 ? (char) cp : '?'));
        return b.toString();
    }

    static List<String> wrap(PDType1Font font, float size, float max, String s) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : winAnsi(s == null ? "" : s).split("\\s+")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, size, candidate) > max) {
                lines.add(line.toString());
                line.setLength(0);
                candidate = word;
            }
            // a word longer than the line (a URL, a hash) is cut rather than run off the page
            while (width(font, size, candidate) > max && candidate.length() > 1) {
                int cut = candidate.length() - 1;
                while (cut > 1 && width(font, size, candidate.substring(0, cut)) > max) {
                    cut--;
                }
                lines.add(candidate.substring(0, cut));
                candidate = candidate.substring(cut);
            }
            line.setLength(0);
            line.append(candidate);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    static float width(PDType1Font font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    /** Numbers every page ("Page 2 of 3") and returns the document. */
    byte[] finish() throws IOException {
        cs.close();
        cs = null;
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(doc, page,
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String text = "Page " + (i + 1) + " of " + n;
                label(footer, REGULAR, 9, MARGIN + width() - width(REGULAR, 9, text), MARGIN - 20, text);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
        }
        doc.close();
    }
}
