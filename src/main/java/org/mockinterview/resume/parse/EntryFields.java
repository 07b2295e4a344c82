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

    /** A numbered label before a project's name: "Project #2:", "Proyecto 3 –", "Projet n°1 :". */
    private static final java.util.regex.Pattern NUMBERED_LABEL = java.util.regex.Pattern.compile(
            "(?iu)(?:project|projekt|projet|proyecto|projeto|progetto|case study)\\s*(?:#|no\\.?|n[°º]|nr\\.?)?\\s*\\d{1,2}"
            + "\\s*[:：–—.-]\\s*");

    private EntryFields() {
    }

    /** A job told as a sentence: "Currently working as {title} in {employer}", "Worked as a {title} at {employer}". */
    private static final java.util.regex.Pattern WORKED_AS = java.util.regex.Pattern.compile(
            "(?i)(?:currently\\s+|presently\\s+)?(?:working|worked|employed|serving|served)\\s+as\\s+(?:an?\\s+)?"
            + "(.+?)\\s+(?:in|at|with|for)\\s+(.+?)(?:\\s+(?:from|since))?[.,]?");
    /** True when the text tells a job as a sentence ("Worked as Analyst in …"): a header, though it reads as prose. */
    static boolean toldAsSentence(String text) {
        String undated = DatePatterns.find(text).map(d -> text.substring(0, d.start()) + text.substring(d.end()))
                .orElse(text);
        return WORKED_AS.matcher(DatePatterns.strip(undated)).matches();
    }

    private static final java.util.regex.Pattern AT_ORGANISATION = java.util.regex.Pattern.compile(
            "^(\\p{L}[\\p{L} &'-]{1,40}?)\\s+(at|@|en|chez|bei|bij|presso|na|no)\\s+(\\p{Lu}.{1,60})$");

    /** The experience read from an entry, its first two parts in printed order (the section decides which is the title). */
    static Optional<Experience> experience(Entry entry) {
        EntryHeader.Parts h = EntryHeader.of(entry, true);
        List<String> parts = new ArrayList<>(h.parts());
        HeaderParts.dropInitialsLogo(parts);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        // the title itself may hold a dash the header was split at ("Worked as Trainee – ETL in …")
        java.util.regex.Matcher worked = WORKED_AS.matcher(parts.size() >= 2 && !WORKED_AS.matcher(parts.get(0)).matches()
                ? parts.get(0) + " – " + parts.get(1) : parts.get(0));
        if (worked.matches()) {
            // "Worked as Data Engineer in Vyomika Infotech, Pune from Jul'21 to Jun'23.": a job told as a sentence
            parts = new ArrayList<>(List.of(worked.group(1).strip(), Sentences.withoutFinalStop(worked.group(2).strip())));
        }
        if (parts.size() >= 2 && (HeaderParts.startsLowercase(parts.get(1))
                || parts.size() == 2 && EntryHeader.shortPlace(parts.get(1)) && !dashJoined(entry, parts))) {
            // "Senior Data Engineer at Kornblum Mobility" over "e-scooter and bike sharing": a lower-case line
            // describes the employer; the title line holds the employer itself. So does a short second part that
            // reads as a place, unless a dash set it off ("Analyst, Pricing Team — Corvid Freight").
            List<String> split = HeaderSplitter.titleAndOrganisation(parts.get(0));
            if (split.size() == 2) {
                parts.set(0, split.get(0));
                parts.set(1, split.get(1));
            }
        }
        String location = h.location();
        List<String> halves = dashHalves(parts.get(0));
        if (parts.size() == 2 && halves.size() == 2 && TitleLexicon.titleScore(parts.get(1)) <= 0) {
            // "Kattegat University — Research Engineer" over "2021-09 — Present · Wind Data Lab": the first line
            // holds employer and job, the second the unit within the employer
            location = location != null ? location : parts.get(1);
            parts = new ArrayList<>(halves);
        }
        if (parts.size() == 1) {
            parts = new ArrayList<>(HeaderSplitter.titleAndOrganisation(parts.get(0)));
            if (parts.size() == 1) {
                parts = byWeight(entry, parts.get(0));
            }
        } else if (TitleLexicon.titleScore(parts.get(0)) > 0 && TitleLexicon.titleScore(parts.get(1)) > 0
                && TitleLexicon.titleScore(parts.get(1) + " " + parts.get(0)) >= 2 && parts.size() == 2
                && entry.header.stream().filter(l -> !DatePatterns.isOnlyDate(l.text())).count() == 1) {
            // "Intern - Developer": two job words make one title; the employer is the previous entry's
            parts = new ArrayList<>(List.of(parts.get(0) + " - " + parts.get(1)));
        }
        String first = parts.get(0);
        String second = parts.size() > 1 ? parts.get(1) : null;
        java.util.regex.Matcher at = second == null ? null : AT_ORGANISATION.matcher(second);
        if (at != null && at.matches() && TitleLexicon.titleScore(first) > 0
                && (at.group(2).matches("at|@") || TitleLexicon.namesUnit(at.group(1)))) {
            // "Analyst, Pricing Team at Orrin Media": the comma set off the team, "at" the employer. Other
            // languages' connectors also join the words of a name ("Centro de Estudios en Energía"), so
            // there the part before them must name a unit.
            first = first + ", " + at.group(1);
            second = at.group(3);
        }
        List<String> text = allText(entry);
        String joined = String.join(" ", text) + " " + String.join(" ", parts);
        Experience e = new Experience(first, second, location, h.dates(), List.copyOf(text),
                EntityLexicon.technologies(joined), EntityLexicon.metrics(text), null);
        return Optional.of(EntryConfidence.of(e));
    }

    /**
     * "**Data Engineer** Acme Analytics" with no separator: the change from bold to regular type separates two
     * parts when exactly one of them reads as a job title.
     */
    private static List<String> byWeight(Entry entry, String part) {
        String boldRun = entry.header.stream().map(TextLine::boldRun)
                .filter(run -> run != null && part.startsWith(run + " ")).findFirst().orElse(null);
        if (boldRun == null) {
            return new ArrayList<>(List.of(part));
        }
        String rest = part.substring(boldRun.length()).strip();
        boolean boldTitle = TitleLexicon.titleScore(boldRun) > 0;
        if (rest.isEmpty() || boldTitle == (TitleLexicon.titleScore(rest) > 0)) {
            return new ArrayList<>(List.of(part));
        }
        return new ArrayList<>(List.of(boldRun, rest));
    }

    /** An organisation and a job title joined by a spaced dash, in either order; otherwise no halves. */
    private static List<String> dashHalves(String part) {
        String[] halves = part.split("\\s[—–]\\s");
        if (halves.length != 2) {
            return List.of();
        }
        int a = TitleLexicon.titleScore(halves[0]);
        int b = TitleLexicon.titleScore(halves[1]);
        return Math.min(a, b) < 0 && Math.max(a, b) > 0 ? List.of(halves[0].strip(), halves[1].strip()) : List.of();
    }

    /** True when the header prints the two parts joined by a dash: "Title — Organisation", never a place. */
    private static boolean dashJoined(Entry entry, List<String> parts) {
        return entry.header.stream().map(TextLine::prose).anyMatch(text -> java.util.stream.Stream.of("—", "–", "-")
                .anyMatch(dash -> text.contains(parts.get(0) + " " + dash + " " + parts.get(1))));
    }

    /** The projects of one entry: usually one titled project; several when the entry names them in prose. */
    static List<Project> projects(Entry entry) {
        EntryHeader.Parts h = EntryHeader.of(entry, false);
        if (h.parts().isEmpty()) {
            return entry.header.isEmpty() ? namedItems(entry.highlights) : List.of();
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

    private static Optional<Project> project(Entry entry, EntryHeader.Parts h) {
        String raw = h.parts().get(0);
        List<String> stack = new ArrayList<>(h.parts().subList(1, h.parts().size()));
        List<String> descriptions = new ArrayList<>(entry.descriptions);
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
            raw = cutLead(raw, descriptions);
        }
        String name = cutLead(HeaderSplitter.projectName(raw), descriptions).strip();
        return Optional.of(project(name, h.dates(), descriptions, entry.highlights, String.join(", ", stack)));
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

    /**
     * "Churn Radar: predicting churn with XGBoost" and "Churn Radar. Predicted churn" name the project first: the
     * name (six words at most) is cut off before anything reads it, so that commas in the description cannot split
     * it, and the rest goes first among the descriptions.
     */
    private static String cutLead(String text, List<String> descriptions) {
        java.util.regex.Matcher label = NUMBERED_LABEL.matcher(text);
        if (label.lookingAt() && label.end() < text.length()) {
            return text.substring(label.end()).strip(); // "Project #2: Name": the label only counts the projects
        }
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
