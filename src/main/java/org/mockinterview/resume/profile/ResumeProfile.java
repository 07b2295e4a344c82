package org.mockinterview.resume.profile;

import java.util.List;

/**
 * The structured profile extracted from a resume: contact details, sections and the candidate's entries.
 * Entries carry the parser's {@code confidence} (0-1) that their fields were read correctly; consumers keep
 * low-confidence fields out of anything shown to the candidate.
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

    /** Below this, an entry's fields are not trusted enough to be quoted back to the candidate. */
    public static final double TRUSTED = 0.5;

    /**
     * A section heading as printed, with the kind it was mapped to (experience, projects, education, ...), and
     * its content as items: each bullet or paragraph with its wrapped lines joined.
     */
    public record Section(String heading, String kind, List<String> lines) {

        public Section(String heading, String kind) {
            this(heading, kind, List.of());
        }
    }

    /** A job or role. */
    public record Experience(String title, String organization, String location, String dates,
            List<String> highlights, List<String> technologies, List<String> metrics, Double confidence) {

        /** An entry someone wrote by hand: fully trusted. */
        public Experience(String title, String organization, String location, String dates,
                List<String> highlights, List<String> technologies, List<String> metrics) {
            this(title, organization, location, dates, highlights, technologies, metrics, 1.0);
        }

        public boolean trusted() {
            return confidence == null || confidence >= TRUSTED;
        }
    }

    /** A project, whether from a Projects section or a titled sub-entry inside Experience. */
    public record Project(String name, String dates, String summary, List<String> highlights,
            List<String> technologies, List<String> methods, List<String> metrics, Double confidence) {

        /** An entry someone wrote by hand: fully trusted. */
        public Project(String name, String dates, String summary, List<String> highlights,
                List<String> technologies, List<String> methods, List<String> metrics) {
            this(name, dates, summary, highlights, technologies, methods, metrics, 1.0);
        }

        public boolean trusted() {
            return confidence == null || confidence >= TRUSTED;
        }
    }

    /** A degree or school. */
    public record Education(String institution, String degree, String dates, Double confidence) {

        /** An entry someone wrote by hand: fully trusted. */
        public Education(String institution, String degree, String dates) {
            this(institution, degree, dates, 1.0);
        }
    }

    public static ResumeProfile empty() {
        return new ResumeProfile(null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
