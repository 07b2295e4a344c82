package org.mockinterview.resume.parse;

import org.mockinterview.resume.ResumeProfile;

import java.util.List;

/**
 * The outcome of parsing one resume: page facts, repaired text and the extracted profile.
 */
public record ParsedResume(int pageCount, boolean textExtractable, List<String> warnings, String text,
        ResumeProfile profile) {
}
