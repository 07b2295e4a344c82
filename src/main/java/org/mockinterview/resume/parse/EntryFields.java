package org.mockinterview.resume.parse;

import org.mockinterview.resume.parse.Entry.SubEntry;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Turns a grouped entry into a project record by reading its header parts; {@link ExperienceFields} reads jobs. */
final class EntryFields {

    /** A note in brackets after the name on its kind or the candidate's part: "(Course project, team leader)". */
    private static final java.util.regex.Pattern ROLE_NOTE = java.util.regex.Pattern.compile("(?iu)\\s*\\((?:[^()]*\\b(?:project"
            + "|team|course|lab|group|individual|personal|academic|thesis|capstone|leader|member|solo|hackathon|sub-task"
            + "|grade|gpa|cgpa|marks|score)\\b"
            + "[^()]*)\\)$");

    private EntryFields() {
    }

    /** The projects of one entry: usually one titled project; several when the entry names them in prose. */
    static List<Project> projects(Entry entry) {
        if (!entry.header.isEmpty() && GroupedProjects.isGroupLabel(entry.header.get(0).text())) {
            // "research" over the cards it groups: a label, no project; the next line names one
            entry.header.remove(0);
            if (entry.header.isEmpty() && !entry.hasBody()) {
                return List.of();
            }
        }
        int title = titleUnderKickers(entry.header);
        if (title > 0) {
            // "Silver medal · 40th of 1,900 teams · 2023" in small type over the card's bold title: a note on it,
            // read after the title that names it and the title's wrapped lines
            int end = title + 1;
            while (end < entry.header.size() && HeaderSignals.sameStyle(entry.header.get(end), entry.header.get(title))) {
                end++;
            }
            List<TextLine> kickers = new ArrayList<>(entry.header.subList(0, title));
            entry.header.subList(0, title).clear();
            entry.header.addAll(end - title, kickers);
        }
        EntryHeader.Parts h = EntryHeader.of(entry, false);
        if (h.parts().isEmpty()) {
            return entry.header.isEmpty() ? namedItems(entry.highlights) : List.of();
        }
        List<GroupedProjects.Item> grouped = grouped(entry);
        if (!grouped.isEmpty()) {
            return grouped.stream().map(i -> project(i.name(), h.dates(), List.of(i.description()), List.of(), ""))
                    .toList();
        }
        String header = String.join(" ", entry.header.stream().map(TextLine::prose).toList());
        Optional<String> cited = ProseProjects.citedName(header);
        if (cited.isPresent()) {
            List<String> descriptions = new ArrayList<>(entry.descriptions);
            descriptions.add(0, ProseProjects.citedDescription(header));
            return List.of(project(cited.get(), null, descriptions, entry.highlights, ""));
        }
        if (h.parts().stream().anyMatch(p -> p.split("\\s+").length > 8)) {
            String all = String.join(" ", header, String.join(" ", allText(entry)));
            List<String> named = ProseProjects.appositiveNames(all);
            if (!named.isEmpty()) {
                return named.stream().map(n -> project(n, h.dates(), List.of(ProseProjects.sentenceAbout(all, n)),
                        List.of(), "")).toList();
            }
        }
        return project(entry, h).stream().toList();
    }

    /**
     * Where the card's bold title stands under one or two kickers, lines in small type that are plain or in capitals
     * ("Silver medal · 2023", "WINNER"): notes on the title, not its name. 0 when the header opens with its title.
     */
    private static int titleUnderKickers(List<TextLine> header) {
        for (int t = 1; t < Math.min(3, header.size()); t++) {
            TextLine title = header.get(t);
            if (isKicker(header.get(t - 1), title)) {
                return header.subList(0, t).stream().allMatch(k -> isKicker(k, title)) ? t : 0;
            }
        }
        return 0;
    }

    private static boolean isKicker(TextLine line, TextLine title) {
        return line.hasFont() && (!line.bold() || HeaderSignals.isCapitals(line.text())) && title.bold() && title.size() >= line.size() + 2
                && title.cells().size() == 1 && !DatePatterns.hasDate(title.text());
    }

    /** Items named under a group line: the header's first line groups, the rest of the entry lists the items. */
    private static List<GroupedProjects.Item> grouped(Entry entry) {
        List<String> lines = new ArrayList<>();
        entry.header.stream().skip(1).map(TextLine::prose).forEach(lines::add);
        lines.addAll(entry.descriptions);
        lines.addAll(entry.highlights);
        return GroupedProjects.items(withoutDates(entry.header.get(0)), lines);
    }

    /** A name in title case before a dash or colon that opens a list item: "Flood Watch — a model of …". */
    private static final java.util.regex.Pattern ITEM_NAME = java.util.regex.Pattern.compile(
            "^([^—–:]{2,60}?)\\s*(?:\\s[—–-]\\s|:\\s)\\s*(\\S.*)$");

    /**
     * A projects section written as a list, one project per item ("River Watch — a flood-risk model …"): each item
     * that opens with a short name in title case is one project, the rest of it its description.
     */
    private static List<Project> namedItems(List<String> items) {
        List<Project> out = new ArrayList<>();
        for (String item : items) {
            java.util.regex.Matcher m = ITEM_NAME.matcher(item);
            if (!m.matches()) {
                continue;
            }
            String name = m.group(1).strip();
            String[] words = name.split("\\s+");
            long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty()
                    && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0))
                    || !w.equals(w.toLowerCase(java.util.Locale.ROOT)))).count();
            if (words.length <= 6 && Character.isUpperCase(name.codePointAt(0)) && capitalised * 2 > words.length) {
                out.add(project(name, null, List.of(m.group(2).strip()), List.of(), ""));
            }
        }
        return out;
    }

    /** A card's badge naming the candidate's part ("MAINTAINER", "Co-author"), set above the project's name. */
    private static final java.util.regex.Pattern ROLE_BADGE = java.util.regex.Pattern.compile("(?i)(co-?)?(maintainer"
            + "|author|contributor|creator|founder|owner|lead)|core (contributor|developer|maintainer)");

    private static Optional<Project> project(Entry entry, EntryHeader.Parts h) {
        // the badge names the candidate's part, the next part the project
        List<String> parts = h.parts().size() >= 2 && ROLE_BADGE.matcher(h.parts().get(0).strip()).matches()
                ? h.parts().subList(1, h.parts().size()) : h.parts();
        String raw = HeaderSplitter.COMPETITION_PLATFORM.matcher(parts.get(0)).replaceFirst("");
        List<String> stack = new ArrayList<>(parts.subList(1, parts.size()));
        List<String> descriptions = new ArrayList<>(entry.descriptions);
        List<String> highlights = new ArrayList<>(entry.highlights);
        String boldRun = entry.header.isEmpty() ? null : entry.header.get(0).boldRun();
        if (boldRun != null && raw.startsWith(boldRun + " ") && boldRun.split("\\s+").length <= 6
                && (Character.isLetter(raw.codePointAt(boldRun.length() + 1)) || raw.charAt(boldRun.length() + 1) == '(')) {
            // "**Name** what it does", "**Name** (client, 2021). What it did": the bold opening is the name, the
            // regular words after it describe it, and the header's other lines (dates taken out) are that
            // description wrapping
            String firstLine = withoutDates(entry.header.get(0));
            String described = (firstLine.startsWith(boldRun) ? firstLine.substring(boldRun.length()) : firstLine).strip();
            for (TextLine line : entry.header.subList(1, entry.header.size())) {
                described = TextRepair.joinWrapped(described, withoutDates(line));
            }
            descriptions.add(0, described);
            stack.clear();
            raw = boldRun;
        } else {
            raw = ProjectNameSplit.cutLead(raw, descriptions);
            // the words after the name's dash, which the name leaves out, come first among the header's other parts
            HeaderSplitter.afterNameDash(raw).ifPresent(t -> stack.add(0, t));
            ProjectNameSplit.describedAfterName(stack, descriptions, highlights);
        }
        String name = ProjectNameSplit.cutLead(HeaderSplitter.projectName(raw), descriptions).strip();
        return Optional.of(project(name, h.dates(), descriptions, highlights, String.join(", ", stack)));
    }

    /** A header line's text with the date of each cell taken out, as {@link EntryHeader#of} takes it out. */
    private static String withoutDates(TextLine line) {
        List<String> kept = new ArrayList<>();
        for (String cell : line.cells()) {
            String rest = DatePatterns.find(cell).map(d -> cell.substring(0, d.start()) + " " + cell.substring(d.end()))
                    .orElse(cell);
            rest = DatePatterns.strip(rest);
            if (!rest.isEmpty()) {
                kept.add(rest);
            }
        }
        return String.join(" ", kept);
    }

    static Project fromSubEntry(SubEntry sub, String dates) {
        return project(HeaderSplitter.projectName(sub.title()), dates, List.of(), sub.highlights(), "");
    }

    private static Project project(String name, String dates, List<String> descriptions, List<String> highlights,
            String stack) {
        List<String> text = new ArrayList<>(descriptions);
        text.addAll(highlights);
        String joined = name + " " + stack + " " + String.join(" ", text);
        List<String> methods = EntityLexicon.methods(joined);
        List<String> metrics = EntityLexicon.metrics(text);
        name = name == null ? null : ROLE_NOTE.matcher(name).replaceFirst("");
        return EntryConfidence.of(new Project(name, dates, summary(name, descriptions, highlights, methods, metrics),
                List.copyOf(text), EntityLexicon.technologies(joined), methods, metrics, null));
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

    /** The entry's descriptions, then its highlights. */
    static List<String> allText(Entry entry) {
        List<String> text = new ArrayList<>(entry.descriptions);
        text.addAll(entry.highlights);
        return text;
    }
}
