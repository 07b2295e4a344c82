package org.mockinterview.question;

import org.mockinterview.resume.profile.ResumeProfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One project or experience entry of a resume, or one statement of the candidate's work, reduced to the values
 * templates and ranking need. Only trusted, well-formed fields become values: a question never names a field
 * the parser was unsure of.
 *
 * @param kind        {@code project}, {@code experience} or {@code work} (a statement quoted from the resume)
 * @param ref         the name shown to the candidate and recorded as {@code projectRef}
 * @param values      placeholder values such as {@code project}, {@code technology}, {@code metric}
 * @param description everything the entry says, used to embed it for ranking
 */
record ResumeSubject(String kind, String ref, Map<String, String> values, String description) {

    static final String PROJECT = "project";
    static final String EXPERIENCE = "experience";
    static final String WORK = "work";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    // A plan quotes a handful of statements at most; more would only cost ranking work.
    private static final int MAX_STATEMENTS = 8;
    /** A role read this surely ranks with the best; the small deductions above it (no bullets) say nothing. */
    private static final double SURE_ROLE = 0.9;

    static List<ResumeSubject> projects(ResumeProfile profile) {
        List<ResumeSubject> out = new ArrayList<>();
        if (profile == null || profile.projects() == null) {
            return out;
        }
        boolean uncertain = SubjectNames.entriesUncertain(profile);
        for (ResumeProfile.Project p : profile.projects()) {
            if (!SubjectNames.wellFormed(p) || namesSomethingElse(profile, SubjectNames.clean(p.name()))) {
                continue;
            }
            // where the parser was unsure, a bare name with nothing under it is most likely a misread line
            boolean bare = (p.highlights() == null || p.highlights().isEmpty())
                    && (p.technologies() == null || p.technologies().isEmpty());
            if (uncertain && bare) {
                continue;
            }
            String name = SubjectNames.clean(p.name());
            Map<String, String> values = new HashMap<>();
            values.put("project", name);
            put(values, "technology", first(p.technologies(), SubjectNames::isTerm));
            put(values, "method", first(p.methods(), SubjectNames::isTerm));
            put(values, "metric", first(p.metrics(), SubjectNames::isMetric));
            String description = join(name, p.summary(), "Technologies: " + joinList(p.technologies()),
                    "Methods: " + joinList(p.methods()), joinList(p.highlights()), joinList(p.metrics()));
            out.add(new ResumeSubject(PROJECT, name, Map.copyOf(values), description));
        }
        return out;
    }

    /** A "project" named like the candidate or like one of their listed skills is a misread line, not a project. */
    private static boolean namesSomethingElse(ResumeProfile profile, String name) {
        return name.equalsIgnoreCase(SubjectNames.clean(profile.name())) || profile.skills() != null
                && profile.skills().stream().anyMatch(s -> s != null && name.equalsIgnoreCase(s.strip()));
    }

    static List<ResumeSubject> experiences(ResumeProfile profile) {
        List<ResumeSubject> out = new ArrayList<>();
        if (profile == null || profile.experience() == null) {
            return out;
        }
        // the roles read with confidence first, in resume order: a doubtful entry (a profile page's badge read as an
        // employer) is no candidate's lead role
        List<ResumeProfile.Experience> roles = new ArrayList<>(profile.experience());
        roles.sort(java.util.Comparator.comparing((ResumeProfile.Experience e) -> e == null || e.confidence() == null
                || e.confidence() >= SURE_ROLE ? 0 : 1));
        for (ResumeProfile.Experience e : roles) {
            if (!SubjectNames.wellFormed(e)) {
                continue;
            }
            String organization = SubjectNames.clean(e.organization());
            String title = SubjectNames.clean(e.title());
            Map<String, String> values = new HashMap<>();
            values.put("organization", organization);
            values.put("title", title);
            put(values, "technology", first(e.technologies(), SubjectNames::isTerm));
            put(values, "metric", first(e.metrics(), SubjectNames::isMetric));
            String description = join(title + " at " + organization, joinList(e.highlights()),
                    "Technologies: " + joinList(e.technologies()), joinList(e.metrics()));
            out.add(new ResumeSubject(EXPERIENCE, title + ", " + organization, Map.copyOf(values), description));
        }
        return out;
    }

    /**
     * Statements of the candidate's work that no named entry covers: from entries that cannot be named and, when
     * the entries are uncertain, from the work sections themselves. Statements with metrics and technologies first.
     */
    static List<ResumeSubject> work(ResumeProfile profile) {
        List<ResumeSubject> out = new ArrayList<>();
        if (profile == null) {
            return out;
        }
        for (WorkStatements.Statement s : WorkStatements.of(profile, SubjectNames.entriesUncertain(profile))) {
            if (out.size() == MAX_STATEMENTS) {
                break;
            }
            Map<String, String> values = new HashMap<>();
            values.put("statement", s.text());
            put(values, "technology", s.technology());
            put(values, "metric", s.metric());
            out.add(new ResumeSubject(WORK, s.excerpt(), Map.copyOf(values), s.text()));
        }
        return out;
    }

    /** Fills the template from this entry, or returns null when a placeholder has no value here. */
    String fill(ProjectTemplate template) {
        for (String required : template.requires()) {
            if (!values.containsKey(required)) {
                return null;
            }
        }
        Matcher m = PLACEHOLDER.matcher(template.text());
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                return null;
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (!blank(value)) {
            values.put(key, value.trim());
        }
    }

    private static String first(List<String> list, Predicate<String> fit) {
        if (list == null) {
            return null;
        }
        return list.stream().filter(s -> !blank(s) && fit.test(s)).map(SubjectNames::clean).findFirst().orElse(null);
    }

    private static String joinList(List<String> list) {
        return list == null ? "" : String.join(", ", list.stream().filter(s -> !blank(s)).toList());
    }

    private static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (!blank(p) && !p.endsWith(": ")) {
                kept.add(p.trim());
            }
        }
        return String.join(". ", kept);
    }

    static boolean blank(String s) {
        return QuestionTexts.isBlank(s);
    }
}
