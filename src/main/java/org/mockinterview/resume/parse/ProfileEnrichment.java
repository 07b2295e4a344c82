package org.mockinterview.resume.parse;

import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Project;

import java.util.ArrayList;
import java.util.List;

/** Fills what the parser computes (technologies, methods, metrics, a project summary) into entries written by hand. */
public final class ProfileEnrichment {

    private ProfileEnrichment() {
    }

    /** The experience with technologies and metrics found in its own text wherever it has none (null). */
    public static Experience experience(Experience e) {
        List<String> text = orEmpty(e.highlights());
        String joined = String.join(" ", text) + " " + joinNonNull(e.title(), e.organization(), e.location());
        return new Experience(e.title(), e.organization(), e.location(), e.dates(), e.highlights(),
                e.technologies() != null ? e.technologies() : EntityLexicon.technologies(joined),
                e.metrics() != null ? e.metrics() : EntityLexicon.metrics(text), e.confidence());
    }

    /**
     * The project with technologies, methods and metrics found in its own text wherever it has none (null), and a
     * summary made as the parser makes one when it has none.
     */
    public static Project project(Project p) {
        List<String> highlights = orEmpty(p.highlights());
        boolean hasSummary = p.summary() != null && !p.summary().isBlank();
        List<String> text = new ArrayList<>();
        if (hasSummary) {
            text.add(p.summary());
        }
        text.addAll(highlights);
        String joined = joinNonNull(p.name()) + " " + String.join(" ", text);
        List<String> methods = p.methods() != null ? p.methods() : EntityLexicon.methods(joined);
        List<String> metrics = p.metrics() != null ? p.metrics() : EntityLexicon.metrics(text);
        String summary = hasSummary ? p.summary()
                : EntryFields.summary(joinNonNull(p.name()), List.of(), highlights, methods, metrics);
        return new Project(p.name(), p.dates(), summary, p.highlights(),
                p.technologies() != null ? p.technologies() : EntityLexicon.technologies(joined), methods, metrics,
                p.confidence());
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }

    private static String joinNonNull(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null) {
                kept.add(part);
            }
        }
        return String.join(" ", kept);
    }
}
