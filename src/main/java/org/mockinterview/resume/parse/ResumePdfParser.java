package org.mockinterview.resume.parse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.mockinterview.resume.ResumeProfile;

import java.util.List;

/**
 * Stub until the layout-aware parser lands.
 */
public final class ResumePdfParser {
    private final ParseLimits limits;

    public ResumePdfParser(ParseLimits limits) {
        this.limits = limits;
    }

    public ParsedResume parse(byte[] bytes) throws ResumeParseException {
        if (bytes.length < 5 || !new String(bytes, 0, 5).equals("%PDF-")) {
            throw new ResumeParseException(ResumeParseException.Kind.NOT_PDF, "not a pdf");
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.getNumberOfPages() > limits.maxPages()) {
                throw new ResumeParseException(ResumeParseException.Kind.TOO_MANY_PAGES, "too many pages");
            }
            String text = new PDFTextStripper().getText(doc);
            if (text.isBlank()) {
                throw new ResumeParseException(ResumeParseException.Kind.NO_TEXT_LAYER, "no text");
            }
            return new ParsedResume(doc.getNumberOfPages(), true, List.of(), text, ResumeProfile.empty());
        } catch (java.io.IOException e) {
            throw new ResumeParseException(ResumeParseException.Kind.MALFORMED, "malformed", e);
        }
    }
}
