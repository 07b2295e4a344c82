package org.mockinterview.resume.parse;

/** Resource limits applied while opening an untrusted PDF. */
public record ParseLimits(int maxPages, long maxMainMemoryBytes) {

    public ParseLimits {
        if (maxPages < 1 || maxMainMemoryBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Limits suitable for a resume: a few pages, 64 MiB of stream cache. */
    public static ParseLimits defaults() {
        return new ParseLimits(10, 64L * 1024 * 1024);
    }
}
