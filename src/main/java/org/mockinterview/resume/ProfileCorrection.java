package org.mockinterview.resume;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.mockinterview.platform.problem.Problem;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;
import org.mockinterview.resume.parse.ProfileEnrichment;
import org.mockinterview.resume.profile.ResumeProfile.Education;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Project;
import org.mockinterview.resume.profile.ResumeProfile.Section;
import org.mockinterview.resume.profile.ResumeProfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Checks a profile the user corrected and completes it as the parser would: computed fields filled where absent,
 * every entry vouched for (confidence 1.0). Every problem is reported at once, by JSON path.
 */
@ApplicationScoped
public class ProfileCorrection {

    /** The section kinds the parser assigns. */
    static final List<String> SECTION_KINDS = List.of("experience", "projects", "education", "skills",
            "summary", "publications", "certifications", "awards", "languages", "interests", "contact", "other");

    static final int SHORT_TEXT = 300;
    static final int LONG_TEXT = 2_000;
    static final int MAX_ENTRIES = 50;
    static final int MAX_HIGHLIGHTS = 40;
    static final int MAX_TERMS = 100;
    static final int MAX_LINKS = 20;
    static final int MAX_SKILLS = 200;
    static final int MAX_LINES = 200;
    /** Enough to show every kind of mistake; a body full of them does not need thousands of lines back. */
    private static final int MAX_ERRORS = 100;

    private final ObjectMapper mapper;

    ProfileCorrection(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * The profile to store in place of {@code stored}.
     *
     * @throws ProblemException a validation problem naming every offending field
     */
    public ResumeProfile correct(ResumeProfile submitted, ResumeProfile stored) {
        Check check = new Check(stored == null ? ResumeProfile.empty() : stored);
        ResumeProfile corrected = check.profile(submitted);
        if (!check.errors.isEmpty()) {
            String detail = check.errors.stream().map(e -> e.field() + ": " + e.message())
                    .collect(Collectors.joining("; "));
            throw new ProblemException(ProblemType.VALIDATION, null, detail, List.copyOf(check.errors), Map.of());
        }
        return corrected;
    }

    /** One correction's walk: the cleaned profile and the errors found on the way. */
    private final class Check {

        private final List<Problem.FieldError> errors = new ArrayList<>();
        /** Over-long strings and list sizes the parser itself produced: a GET's profile sent back must pass. */
        private final Set<String> storedLongText = new HashSet<>();
        private final Map<String, Integer> storedSizes = new HashMap<>();
        private final Map<String, List<String>> storedLines = new HashMap<>();

        Check(ResumeProfile stored) {
            collect("", mapper.valueToTree(stored));
            for (Section s : orEmpty(stored.sections())) {
                if (s != null && s.lines() != null) {
                    storedLines.putIfAbsent(s.heading() + "\u0000" + s.kind(), s.lines());
                }
            }
        }

        private void collect(String template, JsonNode node) {
            if (node.isTextual() && node.textValue().strip().length() > SHORT_TEXT) {
                storedLongText.add(node.textValue().strip());
            } else if (node.isArray()) {
                storedSizes.merge(template, node.size(), Math::max);
                node.forEach(item -> collect(template + "[]", item));
            } else if (node.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> f = fields.next();
                    collect(template.isEmpty() ? f.getKey() : template + "." + f.getKey(), f.getValue());
                }
            }
        }

        ResumeProfile profile(ResumeProfile p) {
            return new ResumeProfile(
                    text("name", p.name(), SHORT_TEXT),
                    text("email", p.email(), SHORT_TEXT),
                    text("phone", p.phone(), SHORT_TEXT),
                    strings("links", p.links(), MAX_LINKS, LONG_TEXT),
                    entries("sections", p.sections(), MAX_ENTRIES, this::section),
                    entries("experience", p.experience(), MAX_ENTRIES, this::experience),
                    entries("projects", p.projects(), MAX_ENTRIES, this::project),
                    entries("education", p.education(), MAX_ENTRIES, this::education),
                    strings("skills", p.skills(), MAX_SKILLS, SHORT_TEXT));
        }

        private Section section(String at, Section s) {
            String heading = required(at + ".heading", s.heading());
            String kind = text(at + ".kind", s.kind(), SHORT_TEXT);
            if (kind == null) {
                error(at + ".kind", "must not be blank");
            } else if (!SECTION_KINDS.contains(kind)) {
                error(at + ".kind", "must be one of " + String.join(", ", SECTION_KINDS));
            }
            List<String> lines = s.lines() != null ? strings(at + ".lines", s.lines(), MAX_LINES, LONG_TEXT)
                    : storedLines.getOrDefault(heading + "\u0000" + kind, List.of());
            return new Section(heading, kind, lines);
        }

        private Experience experience(String at, Experience e) {
            confidence(at, e.confidence());
            return ProfileEnrichment.experience(new Experience(
                    required(at + ".title", e.title()),
                    text(at + ".organization", e.organization(), SHORT_TEXT),
                    text(at + ".location", e.location(), SHORT_TEXT),
                    text(at + ".dates", e.dates(), SHORT_TEXT),
                    strings(at + ".highlights", e.highlights(), MAX_HIGHLIGHTS, LONG_TEXT),
                    computed(at + ".technologies", e.technologies(), SHORT_TEXT),
                    computed(at + ".metrics", e.metrics(), LONG_TEXT),
                    1.0));
        }

        private Project project(String at, Project p) {
            confidence(at, p.confidence());
            return ProfileEnrichment.project(new Project(
                    required(at + ".name", p.name()),
                    text(at + ".dates", p.dates(), SHORT_TEXT),
                    text(at + ".summary", p.summary(), LONG_TEXT),
                    strings(at + ".highlights", p.highlights(), MAX_HIGHLIGHTS, LONG_TEXT),
                    computed(at + ".technologies", p.technologies(), SHORT_TEXT),
                    computed(at + ".methods", p.methods(), SHORT_TEXT),
                    computed(at + ".metrics", p.metrics(), LONG_TEXT),
                    1.0));
        }

        private Education education(String at, Education e) {
            confidence(at, e.confidence());
            String institution = text(at + ".institution", e.institution(), SHORT_TEXT);
            String degree = text(at + ".degree", e.degree(), SHORT_TEXT);
            if (institution == null && degree == null) {
                error(at + ".institution", "must not be blank when the degree is blank");
            }
            return new Education(institution, degree, text(at + ".dates", e.dates(), SHORT_TEXT), 1.0);
        }

        private void confidence(String at, Double confidence) {
            // sent back from a GET it is the parser's; the stored entry is the user's and gets 1.0 either way
            if (confidence != null && !(confidence >= 0 && confidence <= 1)) {
                error(at + ".confidence", "must be between 0 and 1");
            }
        }

        private <T> List<T> entries(String at, List<T> list, int max, BiFunction<String, T, T> check) {
            if (list == null) {
                return List.of();
            }
            if (!sizeFits(at, list.size(), max)) {
                return List.of();
            }
            List<T> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                String item = at + "[" + i + "]";
                if (list.get(i) == null) {
                    error(item, "must be an object");
                } else {
                    out.add(check.apply(item, list.get(i)));
                }
            }
            return out;
        }

        /** A list the parser computes: null (absent) stays null, to be computed. */
        private List<String> computed(String at, List<String> list, int maxChars) {
            return list == null ? null : strings(at, list, MAX_TERMS, maxChars);
        }

        /** The list's strings, stripped; null and blank items are dropped. */
        private List<String> strings(String at, List<String> list, int max, int maxChars) {
            if (list == null) {
                return List.of();
            }
            if (!sizeFits(at, list.size(), max)) {
                return List.of();
            }
            List<String> out = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                String s = text(at + "[" + i + "]", list.get(i), maxChars);
                if (s != null) {
                    out.add(s);
                }
            }
            return out;
        }

        private boolean sizeFits(String at, int size, int max) {
            if (size <= max || size <= storedSizes.getOrDefault(at.replaceAll("\\[\\d+]", "[]"), 0)) {
                return true;
            }
            error(at, "must have at most " + max + " items");
            return false;
        }

        private String required(String at, String value) {
            String s = text(at, value, SHORT_TEXT);
            if (s == null) {
                error(at, "must not be blank");
            }
            return s;
        }

        /** The value stripped, or null when blank. */
        private String text(String at, String value, int maxChars) {
            if (blank(value)) {
                return null;
            }
            String s = value.strip();
            if (s.length() > maxChars && !storedLongText.contains(s)) {
                error(at, "must be at most " + maxChars + " characters");
            }
            return s;
        }

        private void error(String field, String message) {
            if (errors.size() < MAX_ERRORS) {
                errors.add(new Problem.FieldError(field, message));
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
