package org.mockinterview.resume.parse;

import org.mockinterview.resume.profile.ResumeProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** What a user should check in a parsed profile: the parts that could not be read, or were read with doubt. */
final class ProfileWarnings {

    private ProfileWarnings() {
    }

    static List<String> of(ResumeProfile p) {
        List<String> out = new ArrayList<>();
        if (p.sections().isEmpty()) {
            out.add("no section headings recognised");
        }
        if (p.name() == null) {
            out.add("no name found");
        }
        if (p.email() == null) {
            out.add("no email address found");
        }
        section(out, p, "experience", p.experience().isEmpty(), "experience entries could not be separated");
        section(out, p, "projects", p.projects().isEmpty(), "project entries could not be separated");
        section(out, p, "education", p.education().isEmpty(), "education entries could not be read");
        doubtful(out, p.experience(), ResumeProfile.Experience::trusted, "experience");
        doubtful(out, p.projects(), ResumeProfile.Project::trusted, "project");
        return out;
    }

    private static void section(List<String> out, ResumeProfile p, String kind, boolean empty, String warning) {
        if (empty && p.sections().stream().anyMatch(s -> kind.equals(s.kind()) && !s.lines().isEmpty())) {
            out.add(warning);
        }
    }

    private static <T> void doubtful(List<String> out, List<T> entries, Predicate<T> trusted, String what) {
        long n = entries.stream().filter(trusted.negate()).count();
        if (n > 0) {
            out.add(n + " " + what + (n == 1 ? " entry" : " entries")
                    + " may be misread (low confidence): please check and correct them");
        }
    }
}
