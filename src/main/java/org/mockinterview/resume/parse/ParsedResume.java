package org.mockinterview.resume.parse;

import org.mockinterview.resume.profile.ResumeProfile;

import java.util.List;

/** The outcome of parsing one resume: the repaired text, the structured profile and what went wrong on the way. */
public record ParsedResume(int pageCount, boolean textExtractable, List<String> warnings, String text,
        ResumeProfile profile) {

    public ParsedResume {
        warnings = List.copyOf(warnings);
    }
}
