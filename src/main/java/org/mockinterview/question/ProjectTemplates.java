package org.mockinterview.question;

import com.fasterxml.jackson.databind.JsonNode;
import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;
import org.mockinterview.resume.profile.ResumeProfile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deep-dive templates of {@code question-bank/templates.json}, filled from a candidate's projects, experience
 * and statements of their work.
 */
public final class ProjectTemplates {

    public static final String DEFAULT_RESOURCE = QuestionBank.DEFAULT_ROOT + "/templates.json";
    /** What a template is filled from: a named project, a named role, or a statement quoted from the resume. */
    public static final List<String> SUBJECTS = List.of(ResumeSubject.PROJECT, ResumeSubject.EXPERIENCE,
            ResumeSubject.WORK);

    /** A template filled for one resume entry. */
    public record Filled(ProjectTemplate template, String text, String projectRef) {
    }

    private final Map<Category, List<ProjectTemplate>> byCategory = new EnumMap<>(Category.class);

    public ProjectTemplates() {
        this(DEFAULT_RESOURCE);
    }

    /** @throws IllegalStateException naming the entry when a template is malformed */
    public ProjectTemplates(String resource) {
        JsonNode array = QuestionBank.readJson(resource);
        if (!array.isArray()) {
            throw new IllegalStateException(resource + ": expected a JSON array of templates");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            ProjectTemplate t = parse(array.get(i), resource + " entry #" + i);
            if (!ids.add(t.id())) {
                throw new IllegalStateException(resource + " entry #" + i + " (id " + t.id() + "): duplicate id");
            }
            byCategory.computeIfAbsent(t.category(), c -> new ArrayList<>()).add(t);
        }
        byCategory.values().forEach(list -> list.sort(Comparator.comparing(ProjectTemplate::id)));
        for (Category c : Category.values()) {
            if (byCategory.getOrDefault(c, List.of()).isEmpty()) {
                throw new IllegalStateException(resource + ": no templates for " + c.wire());
            }
        }
    }

    /** Templates of one category, sorted by id. */
    public List<ProjectTemplate> forCategory(Category category) {
        return List.copyOf(byCategory.getOrDefault(category, List.of()));
    }

    /**
     * Every template of the category filled from every fitting resume entry: projects in the given order,
     * then experience entries; templates in id order within an entry.
     */
    List<Filled> fill(Category category, List<ResumeSubject> subjects) {
        List<Filled> out = new ArrayList<>();
        for (ResumeSubject subject : subjects) {
            for (ProjectTemplate t : byCategory.getOrDefault(category, List.of())) {
                if (!t.subject().equals(subject.kind())) {
                    continue;
                }
                String text = subject.fill(t);
                if (text != null) {
                    out.add(new Filled(t, text, subject.ref()));
                }
            }
        }
        return out;
    }

    /**
     * Convenience for callers outside the planner: fills from the profile's named entries in resume order, then
     * from statements of its work.
     */
    public List<Filled> fill(Category category, ResumeProfile profile) {
        List<ResumeSubject> subjects = new ArrayList<>(ResumeSubject.projects(profile));
        subjects.addAll(ResumeSubject.experiences(profile));
        subjects.addAll(ResumeSubject.work(profile));
        return fill(category, subjects);
    }

    private static ProjectTemplate parse(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new IllegalStateException(where + ": expected a JSON object");
        }
        String id = BankEntryParser.text(node, "id", where);
        String at = where + " (id " + id + ")";
        String wire = BankEntryParser.text(node, "category", at);
        Category category = Category.parse(wire)
                .orElseThrow(() -> new IllegalStateException(at + ": unknown category '" + wire + "'"));
        Difficulty difficulty = switch (BankEntryParser.text(node, "difficulty", at)) {
            case "easy" -> Difficulty.EASY;
            case "medium" -> Difficulty.MEDIUM;
            case "hard" -> Difficulty.HARD;
            default -> throw new IllegalStateException(at + ": difficulty must be easy, medium or hard");
        };
        String subject = BankEntryParser.text(node, "subject", at);
        if (!SUBJECTS.contains(subject)) {
            throw new IllegalStateException(at + ": subject must be one of " + String.join(", ", SUBJECTS));
        }
        List<String> keyPoints = BankEntryParser.list(node, "keyPoints", at);
        if (keyPoints.size() < 3 || keyPoints.size() > 6) {
            throw new IllegalStateException(at + ": keyPoints must have 3-6 items, found " + keyPoints.size());
        }
        List<String> themes = node.has("themes") ? BankEntryParser.list(node, "themes", at) : List.of();
        List<String> requires = node.has("requires") ? BankEntryParser.list(node, "requires", at) : List.of();
        return new ProjectTemplate(id, category, difficulty, subject, themes, requires,
                BankEntryParser.text(node, "text", at), keyPoints, BankEntryParser.text(node, "guide", at));
    }
}
