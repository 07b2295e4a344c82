package org.mockinterview.resume.parse;

import org.mockinterview.resume.profile.ResumeProfile;

/** Resumes pasted as text for parser tests: an invented candidate's name and email over the body. */
final class TextResumes {

    private TextResumes() {
    }

    static ResumeProfile parse(String body) {
        return new ResumeTextParser().parse("Rowan Castellane\nrowan.castellane@example.org\n\n" + body).profile();
    }
}
