package org.mockinterview.resume.parse;

/** Thrown when a file cannot be parsed as a resume; {@link #kind()} says why. */
public class ResumeParseException extends Exception {

    /** Why a file was refused. */
    public enum Kind {
        NOT_PDF, ENCRYPTED, MALFORMED, TOO_MANY_PAGES, NO_TEXT_LAYER
    }

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
