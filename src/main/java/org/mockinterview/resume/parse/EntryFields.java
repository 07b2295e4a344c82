package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.mockinterview.resume.ResumeProfile.Education;
import org.mockinterview.resume.ResumeProfile.Experience;
import org.mockinterview.resume.ResumeProfile.Project;
import org.mockinterview.resume.parse.EntryGrouper.Entry;
import org.mockinterview.resume.parse.EntryGrouper.SubEntry;

/** Turns a grouped entry into an experience, project or education record by reading its header parts. */
final class EntryFields {

    private static final Set<String> TITLE_WORDS = Set.of("engineer", "engineering", "developer", "intern",
            "internship", "scientist", "analyst", "researcher", "assistant", "manager", "lead", "leader", "founder",
            "co-founder", "cto", "ceo", "cfo", "coo", "vp", "president", "director", "consultant", "fellow", "trainee",
            "architect", "specialist", "associate", "head", "operator", "designer", "contributor", "officer",
            "professor", "lecturer", "student", "tutor", "administrator", "technician", "programmer", "coordinator",
            "advisor", "postdoc", "postdoctoral", "member", "volunteer", "principal", "staff", "senior", "junior",
            "sr", "jr", "owner", "editor", "instructor", "mentor", "werkstudent", "ingenieur", "entwickler",
            "praktikant", "ingénieur", "développeur", "stagiaire", "ingeniero", "desarrollador", "becario", "apprentice",
            "partner", "chief", "executive", "representative", "clerk", "teacher");
    private static final Set<String> ORG_WORDS = Set.of("inc", "llc", "ltd", "corp", "corporation", "company", "co",
            "gmbh", "ag", "sa", "university", "college", "institute", "lab", "labs", "laboratory", "research", "group",
            "technologies", "technology", "systems", "solutions", "bank", "school", "foundation", "agency", "studio",
            "capital", "consulting", "organization", "ai", "health", "google", "microsoft", "amazon", "meta",
            "facebook", "apple", "nvidia", "ibm", "deepmind", "openai");
    private static final Pattern CJK_TITLE = Pattern.compile(".*(工程师|实习|经理|研究员|分析师|开发|エンジニア|研究員|인턴|엔지니어|연구원|개발자).*");
    private static final Pattern INSTITUTION = Pattern.compile("(?iu).*(universit|college|institut|school|academy|"
            + "polytechnic|hochschule|école|escuela|gymnasium|lyceum|大学|学院|大學|대학).*");
    private static final Pattern DEGREE = Pattern.compile("(?iu)(?<![\\p{L}])(bachelor|master|b\\.?sc?\\.?|m\\.?sc?\\.?|"
            + "b\\.?a\\.?|m\\.?a\\.?|ph\\.?\\s?d\\.?|m\\.?eng|b\\.?eng|mba|associate|diploma|diplom|doctor|doctorate|"
            + "licence|licenciatura|abitur|b\\.?tech|m\\.?tech|high school|学士|硕士|博士|本科|修士|학사|석사|박사)(?![\\p{L}])");

    private EntryFields() {
    }

    /** Header text split into parts, with the dates and location taken out. */
    record HeaderParts(List<String> parts, String dates, String location) {
    }

    static HeaderParts headerParts(Entry entry, boolean splitDashes) {
        List<String> parts = new ArrayList<>();
        String dates = null;
        String location = null;
        for (TextLine line : entry.header) {
            for (String rawCell : line.cells()) {
                String cell = rawCell;
                Optional<DatePatterns.Found> date = DatePatterns.find(cell);
                if (date.isPresent()) {
                    if (dates == null) {
                        dates = date.get().value();
                    }
                    cell = cell.substring(0, date.get().start()) + " | " + cell.substring(date.get().end());
                }
                for (String part : split(cell, splitDashes)) {
                    if (DatePatterns.isDuration(part)) {
                        continue;
                    }
                    if (location == null && !parts.isEmpty() && DatePatterns.isLocation(part)
                            && !INSTITUTION.matcher(part).matches()) {
                        location = part;
                        continue;
                    }
                    parts.add(part);
                }
            }
        }
        for (String meta : entry.metaCells) {
            if (dates == null && DatePatterns.hasDate(meta)) {
                dates = DatePatterns.find(meta).get().value();
            } else if (location == null && DatePatterns.isLocation(meta)) {
                location = meta;
            }
        }
        return new HeaderParts(parts, dates, location);
    }

    private static List<String> split(String cell, boolean splitDashes) {
        String separators = splitDashes ? "\\s+[|·•—–]\\s+|\\s+-\\s+|\\s+@\\s+|\\s+at\\s+|\\|" : "\\s*\\|\\s*|\\s+[·•]\\s+";
        List<String> out = new ArrayList<>();
        for (String piece : cell.split(separators)) {
            String p = DatePatterns.strip(piece);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        if (splitDashes && out.size() == 1 && out.get(0).split(",").length == 2) {
            String[] halves = out.get(0).split(",\\s*");
            int a = halves.length == 2 ? titleScore(halves[0]) : 0;
            int b = halves.length == 2 ? titleScore(halves[1]) : 0;
            if (halves.length == 2 && a != b) {
                return List.of(halves[0].strip(), halves[1].strip());
            }
        }
        return out;
    }

    static int titleScore(String part) {
        int score = CJK_TITLE.matcher(part).matches() ? 2 : 0;
        for (String w : part.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
            if (TITLE_WORDS.contains(w)) {
                score++;
            }
            if (ORG_WORDS.contains(w)) {
                score--;
            }
        }
        return score;
    }

    static Optional<Experience> experience(Entry entry) {
        HeaderParts h = headerParts(entry, true);
        if (h.parts().isEmpty()) {
            return Optional.empty();
        }
        String title = h.parts().get(0);
        String org = h.parts().size() > 1 ? h.parts().get(1) : null;
        if (org != null && titleScore(org) > titleScore(title)) {
            String swap = title;
            title = org;
            org = swap;
        }
        List<String> text = allText(entry);
        String joined = String.join(" ", text) + " " + String.join(" ", h.parts());
        return Optional.of(new Experience(title, org, h.location(), h.dates(), List.copyOf(text),
                EntityLexicon.technologies(joined), EntityLexicon.metrics(text)));
    }

    static Optional<Project> project(Entry entry) {
        HeaderParts h = headerParts(entry, false);
        if (h.parts().isEmpty()) {
            return Optional.empty();
        }
        String name = h.parts().get(0);
        List<String> stack = new ArrayList<>(h.parts().subList(1, h.parts().size()));
        List<String> descriptions = new ArrayList<>(entry.descriptions);
        int colon = name.indexOf(": ");
        // "Churn Radar: predicting churn with XGBoost" names the project before the colon
        if (colon > 0 && name.substring(0, colon).split("\\s+").length <= 6) {
            descriptions.add(0, name.substring(colon + 2).strip());
            name = name.substring(0, colon).strip();
        }
        return Optional.of(project(name, h.dates(), descriptions, entry.highlights, String.join(", ", stack)));
    }

    static Project fromSubEntry(SubEntry sub, String dates) {
        return project(sub.title(), dates, List.of(), sub.highlights(), "");
    }

    private static Project project(String name, String dates, List<String> descriptions, List<String> highlights,
            String stack) {
        List<String> text = new ArrayList<>(descriptions);
        text.addAll(highlights);
        String joined = name + " " + stack + " " + String.join(" ", text);
        List<String> methods = EntityLexicon.methods(joined);
        List<String> metrics = EntityLexicon.metrics(text);
        return new Project(name, dates, summary(name, descriptions, highlights, methods, metrics), List.copyOf(text),
                EntityLexicon.technologies(joined), methods, metrics);
    }

    /** A one- or two-sentence summary without a language model: the description, else the first highlight. */
    static String summary(String name, List<String> descriptions, List<String> highlights, List<String> methods,
            List<String> metrics) {
        String source = !descriptions.isEmpty() ? descriptions.get(0) : !highlights.isEmpty() ? highlights.get(0) : null;
        if (source == null) {
            String base = name + (methods.isEmpty() ? "" : " using " + String.join(", ", methods));
            return metrics.isEmpty() ? base + "." : base + "; " + metrics.get(0) + ".";
        }
        String first = source.split("(?<=[.!?。])\\s+")[0];
        String[] words = first.split("\\s+");
        String trimmed = words.length > 30 ? String.join(" ", Arrays.copyOf(words, 30)) + "…" : first;
        return trimmed.matches("(?s).*[.!?…。]$") ? trimmed : trimmed + ".";
    }

    static Optional<Education> education(Entry entry) {
        HeaderParts h = headerParts(entry, true);
        List<String> candidates = new ArrayList<>(h.parts());
        entry.descriptions.stream().limit(3).forEach(d -> candidates.addAll(split(d, true)));
        candidates.removeIf(c -> c.matches("(?i)^(gpa|cgpa|grade|note)\\b.*"));
        String institution = null;
        String degree = null;
        for (String c : candidates) {
            for (String piece : c.split(",\\s*")) {
                if (institution == null && INSTITUTION.matcher(piece).matches()) {
                    institution = institutionIn(piece);
                }
            }
            if (degree == null && DEGREE.matcher(c).find() && !c.matches("(?i)^gpa.*")) {
                degree = DatePatterns.strip(c.replaceFirst("(?i)^major in .*", c));
            }
        }
        if (degree != null) {
            degree = degree.replaceAll("(?i)\\s*[;,|]?\\s*\\b(c?gpa|grade)\\b.*$", "").strip();
        }
        if (institution == null && !h.parts().isEmpty() && (h.dates() != null || degree != null)) {
            String first = h.parts().get(0);
            institution = first.equals(degree) ? (h.parts().size() > 1 ? h.parts().get(1) : null) : first;
        }
        if (institution == null && degree == null) {
            return Optional.empty();
        }
        return Optional.of(new Education(institution, degree, h.dates()));
    }

    /** The institution in a piece that may also name the degree; CJK names are one token ("東京大学 工学部 修士"). */
    private static String institutionIn(String piece) {
        if (!DEGREE.matcher(piece).find()) {
            return DatePatterns.strip(piece);
        }
        for (String token : piece.split("\\s+")) {
            if (token.codePoints().anyMatch(TextRepair::isCjk) && INSTITUTION.matcher(token).matches()) {
                return token;
            }
        }
        return null;
    }

    private static List<String> allText(Entry entry) {
        List<String> text = new ArrayList<>(entry.descriptions);
        text.addAll(entry.highlights);
        return text;
    }
}
