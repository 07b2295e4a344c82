package org.mockinterview.question;

import org.mockinterview.resume.ResumeProfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One project or experience entry of a resume, reduced to the values templates and ranking need.
 *
 * @param kind        {@code project} or {@code experience}
 * @param ref         the name shown to the candidate and recorded as {@code projectRef}
 * @param values      placeholder values such as {@code project}, {@code technology}, {@code metric}
 * @param description everything the entry says, used to embed it for ranking
 */
record ResumeSubject(String kind, String ref, Map<String, String> values, String description) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    static List<ResumeSubject> projects(ResumeProfile profile) {
        List<ResumeSubject> out = new ArrayList<>();
        if (profile == null || profile.projects() == null) {
            return out;
        }
        for (ResumeProfile.Project p : profile.projects()) {
            if (p == null || blank(p.name())) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            values.put("project", p.name().trim());
            put(values, "technology", first(p.technologies()));
            put(values, "method", first(p.methods()));
            put(values, "metric", first(p.metrics()));
            String description = join(p.name(), p.summary(), "Technologies: " + joinList(p.technologies()),
                    "Methods: " + joinList(p.methods()), joinList(p.highlights()), joinList(p.metrics()));
            out.add(new ResumeSubject("project", p.name().trim(), Map.copyOf(values), description));
        }
        return out;
    }

    static List<ResumeSubject> experiences(ResumeProfile profile) {
        List<ResumeSubject> out = new ArrayList<>();
        if (profile == null || profile.experience() == null) {
            return out;
        }
        for (ResumeProfile.Experience e : profile.experience()) {
            if (e == null || blank(e.organization()) || blank(e.title())) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            values.put("organization", e.organization().trim());
            values.put("title", e.title().trim());
            put(values, "technology", first(e.technologies()));
            put(values, "metric", first(e.metrics()));
            String description = join(e.title() + " at " + e.organization(), joinList(e.highlights()),
                    "Technologies: " + joinList(e.technologies()), joinList(e.metrics()));
            out.add(new ResumeSubject("experience", e.title().trim() + ", " + e.organization().trim(),
                    Map.copyOf(values), description));
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

    private static String first(List<String> list) {
        if (list == null) {
            return null;
        }
        return list.stream().filter(s -> !blank(s)).findFirst().orElse(null);
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
