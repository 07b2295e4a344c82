package org.mockinterview.resume.parse;

import org.mockinterview.resume.parse.Entry.SubEntry;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Turns a grouped entry into an experience, project or education record by reading its header parts. */
final class EntryFields {

    /** Where a project name ends and its description starts: "Name: what it does", "Name. What it does". */
    private static final java.util.regex.Pattern NAME_LEAD = java.util.regex.Pattern.compile(":\\s|\\.\\s+(?=\\p{Lu})");

    private EntryFields() {
    }

    /** Header text split into parts, with the dates and location taken out. */
    record HeaderParts(List<String> parts, String dates, String location) {
    }

    static HeaderParts headerParts(Entry entry, boolean splitDashes) {
        // each header line's first cell holds its main part; later cells (right-aligned) hold the rest
        List<String> main = new ArrayList<>();
        List<String> side = new ArrayList<>();
        String dates = null;
        String location = null;
        // when title and organisation sit on lines of their own, a dash inside one of them is part of it
        // (a parenthesised note on a line of its own, "(contract via …)", holds neither)
        long textLines = entry.header.stream().filter(l -> !DatePatterns.isOnlyDate(l.cells().get(0))
                && !l.cells().get(0).strip().startsWith("(") && !DatePatterns.isLocation(l.cells().get(0).strip())).count();
        boolean dashes = splitDashes && textLines < 2;
        for (TextLine line : entry.header) {
            int mainCell = 0;
            for (int c = 0; c < line.cells().size(); c++) {
                String cell = line.cells().get(c);
                Optional<DatePatterns.Found> date = DatePatterns.find(cell);
                if (date.isPresent()) {
                    if (dates == null) {
                        dates = date.get().value();
                    }
                    cell = (cell.substring(0, date.get().start()) + " | " + cell.substring(date.get().end()))
                            .replaceAll("[(\\[]\\s*\\|?\\s*[)\\]]", " ");
                }
                if (c == mainCell && DatePatterns.strip(cell).isEmpty()) {
                    // a gutter date alone in the first cell: the line's main part is the next cell
                    mainCell++;
                    continue;
                }
                boolean laterLine = line != entry.header.get(0);
                String bare = DatePatterns.strip(cell);
                if (splitDashes && laterLine && c == mainCell && date.isEmpty() && location == null
                        && main.size() + side.size() == 1) {
                    // "Organisation, City, Country" on the line under the title: the organisation, then its place
                    List<String> pieces = HeaderSplitter.splitOutside(bare, HeaderSplitter.COMMA);
                    // a line that only names a place ("Austin, TX") is one, unless no other line can hold the organisation
                    boolean onlyCandidate = textLines == 2 && !pieces.get(pieces.size() - 1).strip().matches("\\p{Lu}{2}");
                    if (pieces.size() >= 2 && isPlaceName(pieces.subList(1, pieces.size()))
                            && (onlyCandidate || !isPlaceName(pieces.subList(0, 1)))) {
                        main.add(HeaderSplitter.clean(pieces.get(0)));
                        location = String.join(", ", pieces.subList(1, pieces.size()));
                        continue;
                    }
                }
                if (laterLine && mainCell > 0 && c == mainCell && location == null && main.size() + side.size() >= 2
                        && isPlaceName(List.of(bare))) {
                    // "dates ‖ City" under "Title ‖ Organisation": the cell beside the dates is the place
                    location = bare;
                    continue;
                }
                if ((c > mainCell || laterLine) && location == null && DatePatterns.isPlace(bare)) {
                    location = DatePatterns.strip(cell);
                    continue;
                }
                List<String> split = HeaderSplitter.split(cell, dashes);
                for (String part : split) {
                    if (DatePatterns.isDuration(part)) {
                        continue;
                    }
                    if (location == null && textLines >= 2 && split.size() == 2 && part == split.get(1)
                            && shortPlace(part) && !placeLineBesides(entry, line)) {
                        location = part; // "SORREL LABS · MONTRÉAL" on a line of its own, the title on another
                        continue;
                    }
                    if (location == null && !(main.isEmpty() && side.isEmpty()) && DatePatterns.isLocation(part)
                            && !TitleLexicon.isInstitution(part) && !TitleLexicon.hasJobOrOrgWord(part)) {
                        location = part;
                        continue;
                    }
                    (c == mainCell ? main : side).add(part);
                }
            }
        }
        List<String> parts = new ArrayList<>(main);
        parts.addAll(side);
        List<String> pieces = location == null ? List.of() : List.of(location.split(",\\s*"));
        if (splitDashes && parts.size() == 1 && (pieces.size() >= 3
                || pieces.size() == 2 && !pieces.get(1).strip().matches("\\p{Lu}{2,3}") && pieces.get(0).contains(" "))) {
            // "City of Austin, Dublin, Ireland" or "Title — Almenara Seguros, Madrid": with no other part to hold
            // the organisation, the first piece of the place is it
            parts.add(pieces.get(0));
            location = String.join(", ", pieces.subList(1, pieces.size()));
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

    /** Another header line that names a place ("London, UK"): then the short piece is no place. */
    private static boolean placeLineBesides(Entry entry, TextLine line) {
        for (TextLine other : entry.header) {
            String t = DatePatterns.strip(other.cells().get(0));
            if (other != line && (DatePatterns.isLocation(t) || DatePatterns.isPlace(t))) {
                return true;
            }
        }
        return false;
    }

    private static boolean subsequence(String letters, String in) {
        int at = 0;
        for (int i = 0; i < in.length() && at < letters.length(); i++) {
            if (in.charAt(i) == letters.charAt(at)) {
                at++;
            }
        }
        return at == letters.length();
    }

    private static String initials(String part) {
        StringBuilder out = new StringBuilder();
        for (String w : part.strip().split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                out.appendCodePoint(w.codePointAt(0));
            }
        }
        return out.toString();
    }

    private static boolean startsLowercase(String part) {
        String t = part.strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    private static boolean shortPlace(String part) {
        String t = part.strip();
        return t.split("\\s+").length <= 2 && t.matches("\\p{Lu}[\\p{L}.'’ -]*") && !TitleLexicon.hasJobOrOrgWord(t)
                && !TitleLexicon.isInstitution(t) && !TitleLexicon.hasTitleWord(t);
    }

    private static final java.util.regex.Pattern PLACE_NAME = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}|\\p{Lu}{2}");

    /** Pieces that read as a place: one to three capitalised words each, none a job or organisation word. */
    private static boolean isPlaceName(List<String> pieces) {
        return pieces.stream().allMatch(p -> PLACE_NAME.matcher(p.strip()).matches() && !TitleLexicon.hasJobOrOrgWord(p)
                && !TitleLexicon.isInstitution(p) && !DatePatterns.hasDate(p));
    }

    /** The experience read from an entry, its first two parts in printed order (the section decides which is the title). */
    static Optional<Experience> experience(Entry entry) {
        HeaderParts h = headerParts(entry, true);
        List<String> parts = new ArrayList<>(h.parts());
        // a logo drawn as the organisation's initials ("NP" beside "Nuvembra Pagamentos") is no part of the header
        List<String> all = List.copyOf(parts);
        parts.removeIf(p -> p.strip().matches("\\p{Lu}{2,3}") && all.stream().anyMatch(o -> o != p
                && subsequence(p.strip(), initials(o))));
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        if (parts.size() >= 2 && (startsLowercase(parts.get(1)) || parts.size() == 2 && shortPlace(parts.get(1)))) {
            // "Senior Data Engineer at Kornblum Mobility" over "e-scooter and bike sharing": a lower-case line
            // describes the employer; the title line holds the employer itself
            List<String> split = HeaderSplitter.titleAndOrganisation(parts.get(0));
            if (split.size() == 2) {
                parts.set(0, split.get(0));
                parts.set(1, split.get(1));
            }
        }
        if (parts.size() == 1) {
            parts = new ArrayList<>(HeaderSplitter.titleAndOrganisation(parts.get(0)));
        } else if (TitleLexicon.titleScore(parts.get(0)) > 0 && TitleLexicon.titleScore(parts.get(1)) > 0
                && TitleLexicon.titleScore(parts.get(1) + " " + parts.get(0)) >= 2 && parts.size() == 2
                && entry.header.stream().filter(l -> !DatePatterns.isOnlyDate(l.text())).count() == 1) {
            // "Intern - Developer": two job words make one title; the employer is the previous entry's
            parts = new ArrayList<>(List.of(parts.get(0) + " - " + parts.get(1)));
        }
        String first = parts.get(0);
        String second = parts.size() > 1 ? parts.get(1) : null;
        List<String> text = allText(entry);
        String joined = String.join(" ", text) + " " + String.join(" ", parts);
        Experience e = new Experience(first, second, h.location(), h.dates(), List.copyOf(text),
                EntityLexicon.technologies(joined), EntityLexicon.metrics(text), null);
        return Optional.of(EntryConfidence.of(e));
    }

    /** The projects of one entry: usually one titled project; several when the entry names them in prose. */
    static List<Project> projects(Entry entry) {
        HeaderParts h = headerParts(entry, false);
        if (h.parts().isEmpty()) {
            return List.of();
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

    private static Optional<Project> project(Entry entry, HeaderParts h) {
        String raw = h.parts().get(0);
        List<String> stack = new ArrayList<>(h.parts().subList(1, h.parts().size()));
        List<String> descriptions = new ArrayList<>(entry.descriptions);
        String boldRun = entry.header.isEmpty() ? null : entry.header.get(0).boldRun();
        if (boldRun != null && raw.startsWith(boldRun + " ") && boldRun.split("\\s+").length <= 6
                && Character.isLetter(raw.codePointAt(boldRun.length() + 1))) {
            // "**Name** what it does": the bold opening is the name, the regular words after it describe it, and
            // the header's other lines (dates taken out) are that description wrapping
            String firstLine = withoutDates(entry.header.get(0));
            String described = (firstLine.startsWith(boldRun) ? firstLine.substring(boldRun.length()) : firstLine).strip();
            for (TextLine line : entry.header.subList(1, entry.header.size())) {
                described = TextRepair.joinWrapped(described, withoutDates(line));
            }
            descriptions.add(0, described);
            stack.clear();
            raw = boldRun;
        } else {
            raw = cutLead(raw, descriptions);
        }
        String name = cutLead(HeaderSplitter.projectName(raw), descriptions).strip();
        return Optional.of(project(name, h.dates(), descriptions, entry.highlights, String.join(", ", stack)));
    }

    /** A header line's text with the date of each cell taken out, as {@link #headerParts} takes it out. */
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

    /**
     * "Churn Radar: predicting churn with XGBoost" and "Churn Radar. Predicted churn" name the project first: the
     * name (six words at most) is cut off before anything reads it, so that commas in the description cannot split
     * it, and the rest goes first among the descriptions.
     */
    private static String cutLead(String text, List<String> descriptions) {
        java.util.regex.Matcher lead = NAME_LEAD.matcher(text);
        if (lead.find() && lead.start() > 0 && text.substring(0, lead.start()).split("\\s+").length <= 6) {
            descriptions.add(0, text.substring(lead.end()).strip());
            return text.substring(0, lead.start());
        }
        return text;
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

    private static List<String> allText(Entry entry) {
        List<String> text = new ArrayList<>(entry.descriptions);
        text.addAll(entry.highlights);
        return text;
    }
}
