package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Projects listed under a line that groups them, not one project: "Example University – course projects",
 * "Open source" or "Independent", each followed by items that open with a name and a colon ("Dock Queue: a model
 * that …"). Each such item is a project; a line that is no item continues the one above it. A line that names one
 * project and its kind ("tidecheck | open-source library") groups nothing, even when its description has a colon.
 */
final class GroupedProjects {

    /** "Name: what it is" or "Name (kind, course): what it is", the name at most six words. */
    private static final Pattern ITEM = Pattern.compile("^([^:()]{2,60}?(?:\\s*\\([^()]{1,60}\\))?):\\s+(\\S.*)$");
    /**
     * Labels of a project's parts beyond the captions and field labels {@link ProjectNames} knows: they open lines
     * with a colon but name no project.
     */
    private static final Set<String> PART_LABELS = Set.of("languages", "frameworks", "libraries", "goal", "goals",
            "problem", "solution", "approach", "method", "methods", "result", "results", "outcome", "outcomes", "impact",
            "award", "awards", "code", "demo", "repo", "github", "keywords", "summary", "data", "dataset", "datasets",
            "highlights", "achievements", "note", "notes", "supervisor", "advisor", "course", "context");
    /** Short group lines that name where the work was done rather than the work: "Independent", "Open source". */
    private static final Pattern GROUP_WORDS = Pattern.compile(
            "(?iu).*\\b(?:projects?|projekte|proyectos|projets|progetti|projetos|open[- ]source|independent|personal|"
            + "side|freelance|coursework|research)\\b.*");
    /** A separator between a name and what follows it on one line. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s[|—–·-]\\s");
    /**
     * A line that is nothing but a kind of work: "research", "Coursework", "fun", "Open source". Narrower than the
     * group words: "Independent" or "Projects" alone still heads its items.
     */
    private static final Pattern GROUP_LABEL = Pattern.compile(
            "(?iu)\\W*(?:research|coursework|course projects|personal|personal projects|side projects?|fun|hobb(?:y|ies)"
            + "|open[- ]source|misc\\w*|other|others|academic|professional|university|school)\\W*");

    /** One project listed under a group line: its name and what the item says about it. */
    record Item(String name, String description) {
    }

    /** Whether the line only labels a group of projects, naming none of them. */
    static boolean isGroupLabel(String line) {
        return GROUP_LABEL.matcher(line.strip()).matches();
    }

    private GroupedProjects() {
    }

    /** One project per named item under the entry's group line, or an empty list when the entry is one project. */
    static List<Item> items(String groupLine, List<String> lines) {
        if (groupLine.isBlank() || ITEM.matcher(groupLine).matches() || groupLine.split("\\s+").length > 10) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        for (String line : lines) {
            Item item = item(line);
            if (item != null) {
                items.add(item);
            } else if (items.isEmpty()) {
                return List.of(); // the entry opens on a description of its own: it is one project
            } else {
                Item last = items.removeLast();
                items.add(new Item(last.name(), last.description() + " " + line.strip()));
            }
        }
        // "pyfahrplan | open-source library" names its one project and says what kind it is: no group
        // unless it opens on a school or company ("Example University – course projects")
        boolean named = SEPARATOR.matcher(groupLine).find();
        boolean place = TitleLexicon.isInstitution(SEPARATOR.split(groupLine, 2)[0]);
        boolean groupWords = place || GROUP_WORDS.matcher(groupLine).matches();
        boolean group = items.size() >= 2 ? groupWords || !named : place || groupWords && !named;
        return group ? items : List.of();
    }

    /** The item when the line opens with a name and a colon, else null. */
    private static Item item(String line) {
        Matcher m = ITEM.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String name = m.group(1).strip();
        String bare = name.replaceAll("\\s*\\(.*\\)$", "").toLowerCase(Locale.ROOT);
        String[] words = bare.split("\\s+");
        // a package's one lower-case word ("tidecheck") names it as well as capitals do
        boolean named = Character.isUpperCase(name.codePointAt(0)) || !name.equals(name.toLowerCase(Locale.ROOT))
                || Character.isDigit(name.codePointAt(0)) || words.length == 1;
        return named && words.length <= 6 && !PART_LABELS.contains(bare) && !ProjectNames.isLabel(bare)
                ? new Item(name, m.group(2)) : null;
    }
}
