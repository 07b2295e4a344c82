package org.mockinterview.resume.parse;

/**
 * A PDF that cannot be turned into a profile, with the reason the API reports.
 */
public class ResumeParseException extends Exception {

    /** Why parsing stopped. */
    public enum Kind { NOT_PDF, ENCRYPTED, MALFORMED, TOO_MANY_PAGES, NO_TEXT_LAYER }

    private final Kind kind;

    public ResumeParseException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ResumeParseException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
