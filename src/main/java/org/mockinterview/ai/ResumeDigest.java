package org.mockinterview.ai;

import org.mockinterview.question.SubjectNames;
import org.mockinterview.resume.profile.ResumeProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The part of a resume the model needs to tailor questions: projects, roles, skills and education, redacted.
 * Contact fields are never included; free text is still redacted because highlights can repeat them.
 */
public final class ResumeDigest {

    static final Set<String> WORK_KINDS = Set.of("experience", "projects", "other");
    // Leaves room in the model's resume budget for the entries, skills and education that follow.
    static final int MAX_WORK_CHARS = 4000;

    private ResumeDigest() {
    }

    public static String of(ResumeProfile profile, PiiRedactor redactor) {
        if (profile == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        if (SubjectNames.entriesUncertain(profile)) {
            // Mis-segmented entries may have lost the candidate's work; the sections' own text still has it.
            workSections(sb, profile);
        }
        if (profile.projects() != null && !profile.projects().isEmpty()) {
            sb.append("Projects:\n");
            for (ResumeProfile.Project p : profile.projects()) {
                sb.append("- ").append(nz(p.name()));
                appendIf(sb, " (", p.dates(), ")");
                appendIf(sb, ": ", p.summary(), "");
                sb.append('\n');
                list(sb, "Highlights", p.highlights());
                list(sb, "Technologies", p.technologies());
                list(sb, "Methods", p.methods());
                list(sb, "Metrics", p.metrics());
            }
        }
        if (profile.experience() != null && !profile.experience().isEmpty()) {
            sb.append("Experience:\n");
            for (ResumeProfile.Experience e : profile.experience()) {
                sb.append("- ").append(nz(e.title()));
                appendIf(sb, " at ", e.organization(), "");
                appendIf(sb, " (", e.dates(), ")");
                sb.append('\n');
                list(sb, "Highlights", e.highlights());
                list(sb, "Technologies", e.technologies());
                list(sb, "Metrics", e.metrics());
            }
        }
        if (profile.skills() != null && !profile.skills().isEmpty()) {
            sb.append("Skills: ").append(join(profile.skills())).append('\n');
        }
        if (profile.education() != null && !profile.education().isEmpty()) {
            List<String> schools = new ArrayList<>();
            for (ResumeProfile.Education ed : profile.education()) {
                schools.add(String.join(", ", nonBlank(List.of(nz(ed.degree()), nz(ed.institution())))));
            }
            sb.append("Education: ").append(String.join("; ", schools)).append('\n');
        }
        return redactor.redact(sb.toString().strip());
    }

    private static void workSections(StringBuilder sb, ResumeProfile profile) {
        if (profile.sections() == null) {
            return;
        }
        StringBuilder work = new StringBuilder();
        for (ResumeProfile.Section s : profile.sections()) {
            if (s == null || s.kind() == null || !WORK_KINDS.contains(s.kind()) || s.lines() == null
                    || nonBlank(s.lines()).isEmpty()) {
                continue;
            }
            work.append(nz(s.heading()).isEmpty() ? s.kind() : nz(s.heading())).append(":\n");
            for (String line : nonBlank(s.lines())) {
                work.append("- ").append(line.replaceAll("\\s+", " ")).append('\n');
            }
        }
        if (!work.isEmpty()) {
            String text = work.length() <= MAX_WORK_CHARS ? work.toString()
                    : work.substring(0, MAX_WORK_CHARS) + " […]\n";
            sb.append("Work sections as written on the resume (the entries below may be mis-segmented):\n")
                    .append(text);
        }
    }

    private static void list(StringBuilder sb, String label, List<String> items) {
        if (items != null && !nonBlank(items).isEmpty()) {
            sb.append("  ").append(label).append(": ").append(join(items)).append('\n');
        }
    }

    private static String join(List<String> items) {
        return String.join("; ", nonBlank(items));
    }

    private static List<String> nonBlank(List<String> items) {
        return items.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void appendIf(StringBuilder sb, String before, String value, String after) {
        if (value != null && !value.isBlank()) {
            sb.append(before).append(value.strip()).append(after);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}
