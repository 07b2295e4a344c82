package org.mockinterview.resume.parse;

import org.mockinterview.resume.profile.ResumeProfile.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Joins a project name that wrapped onto a second line of a narrow card or table cell and was read as two
 * projects: "Early-Warning Map for Flooded Roads and" over "Bridges", or "Détection d'anomalies par apprentissage"
 * over "semi-supervisé (projet de M2)".
 */
final class WrappedProjectNames {

    /** Words a name never ends on, in the languages the parser reads: the phrase goes on in the next line. */
    private static final Set<String> GOES_ON = Set.of("and", "for", "of", "with", "to", "in", "on", "from", "by",
            "the", "a", "an", "via", "using", "&", "de", "du", "des", "par", "pour", "et", "sur", "avec", "la", "le",
            "les", "en", "à", "del", "para", "por", "y", "con", "com", "em", "und", "für", "mit", "von", "zur", "zum",
            "di", "per", "della", "dei");
    private static final Pattern LOWER_START = Pattern.compile("^\\p{Ll}");

    private WrappedProjectNames() {
    }

    static List<Project> join(List<Project> projects) {
        List<Project> out = new ArrayList<>();
        for (Project p : projects) {
            Project previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && wrapsInto(previous, p)) {
                out.set(out.size() - 1, joined(previous, p));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * The first name goes on in the second: it ends on a word no name ends on, or it has nothing under it and
     * the second, of two words or more, opens in lowercase. The second has no dates of its own beside the first's.
     */
    private static boolean wrapsInto(Project first, Project second) {
        if (first.name() == null || second.name() == null || first.dates() != null && second.dates() != null
                || !nameLike(first.name()) || !nameLike(second.name())) {
            return false;
        }
        String[] words = first.name().strip().split("\\s+");
        String[] next = second.name().strip().split("\\s+");
        if (words.length < 2 || words.length > 12 || Sentences.hasOne(first.name())
                || GOES_ON.contains(next[0].toLowerCase(Locale.ROOT)) || DatePatterns.hasDate(second.name())) {
            return false; // a sentence of the intro, or "to date" left of a date range
        }
        boolean danglingEnd = GOES_ON.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
        boolean bare = first.highlights() == null || first.highlights().isEmpty();
        // a single lowercase word under a bare name is as often its tool ("ffmpeg") as the rest of the name
        return danglingEnd || bare && next.length >= 2 && LOWER_START.matcher(second.name().strip()).find();
    }

    /** Neither a contact line, a link nor a caption: a part of a name, not a line that stands apart from one. */
    private static boolean nameLike(String name) {
        String n = name.strip();
        return !ContactExtractor.isContactDetail(n) && !WebAddress.IN_TEXT.matcher(n).find() && !n.contains("@")
                && !ProjectNames.isLabel(n.toLowerCase(Locale.ROOT)) && HeadingVocabulary.kindOf(n).isEmpty();
    }

    private static Project joined(Project first, Project second) {
        List<String> highlights = new ArrayList<>(first.highlights() == null ? List.of() : first.highlights());
        highlights.addAll(second.highlights() == null ? List.of() : second.highlights());
        return EntryConfidence.of(new Project(first.name().strip() + " " + second.name().strip(),
                first.dates() != null ? first.dates() : second.dates(),
                first.summary() != null ? first.summary() : second.summary(), List.copyOf(highlights),
                union(first.technologies(), second.technologies()), union(first.methods(), second.methods()),
                union(first.metrics(), second.metrics()), null));
    }

    private static List<String> union(List<String> a, List<String> b) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(a == null ? List.of() : a);
        out.addAll(b == null ? List.of() : b);
        return List.copyOf(out);
    }
}
