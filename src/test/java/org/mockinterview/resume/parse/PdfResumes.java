package org.mockinterview.resume.parse;

import org.mockinterview.resume.profile.ResumeProfile;

/** Resumes drawn as PDFs for parser tests: parsed with small limits, a refusal failing the test with its kind. */
final class PdfResumes {

    private PdfResumes() {
    }

    static ParsedResume parsed(byte[] pdf) {
        try {
            return new ResumePdfParser(new ParseLimits(5, 16L * 1024 * 1024)).parse(pdf);
        } catch (ResumeParseException e) {
            throw new AssertionError(e.kind() + ": " + e.getMessage(), e);
        }
    }

    static ResumeProfile parse(byte[] pdf) {
        return parsed(pdf).profile();
    }
}
