package org.mockinterview.resume;

import java.util.List;

/**
 * The structured profile extracted from a resume: contact details, sections and the candidate's entries.
 */
public record ResumeProfile(
        String name,
        String email,
        String phone,
        List<String> links,
        List<Section> sections,
        List<Experience> experience,
        List<Project> projects,
        List<Education> education,
        List<String> skills) {

    /** A section heading as printed, with the kind it was mapped to (experience, projects, education, ...). */
    public record Section(String heading, String kind) {
    }

    /** A job or role. */
    public record Experience(String title, String organization, String location, String dates,
            List<String> highlights, List<String> technologies, List<String> metrics) {
    }

    /** A project, whether from a Projects section or a titled sub-entry inside Experience. */
    public record Project(String name, String dates, String summary, List<String> highlights,
            List<String> technologies, List<String> methods, List<String> metrics) {
    }

    /** A degree or school. */
    public record Education(String institution, String degree, String dates) {
    }

    public static ResumeProfile empty() {
        return new ResumeProfile(null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
