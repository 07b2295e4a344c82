package org.mockinterview.speech;

import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;

import java.util.Map;

/** Audio the service refuses, as the problem it answers with; thrown by the pure decoders. */
public final class BadAudio extends ProblemException {

    /** Why; each is its own problem type so that clients can tell the user what to change. */
    public enum Kind {
        UNSUPPORTED(ProblemType.UNSUPPORTED_MEDIA_TYPE, "unsupported-audio"),
        UNDECODABLE(ProblemType.UNPROCESSABLE, "audio-undecodable"),
        TRUNCATED(ProblemType.UNPROCESSABLE, "audio-truncated"),
        TOO_LONG(ProblemType.UNPROCESSABLE, "audio-too-long"),
        SILENT(ProblemType.UNPROCESSABLE, "audio-silent");

        private final ProblemType status;
        private final String slug;

        Kind(ProblemType status, String slug) {
            this.status = status;
            this.slug = slug;
        }
    }

    private final Kind kind;

    BadAudio(Kind kind, String detail) {
        super(kind.status, kind.slug, detail, null, Map.of());
        this.kind = kind;
    }

    static BadAudio undecodable(String detail) {
        return new BadAudio(Kind.UNDECODABLE, detail);
    }

    static BadAudio truncated(String detail) {
        return new BadAudio(Kind.TRUNCATED, "The audio ends early: " + detail
                + ". Send the whole recording after it has stopped.");
    }

    public Kind kind() {
        return kind;
    }
}
