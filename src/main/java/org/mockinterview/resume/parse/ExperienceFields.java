package org.mockinterview.resume.parse;

import org.mockinterview.resume.profile.ResumeProfile.Experience;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns a grouped entry into an experience record: which header parts are the title and the organisation. */
final class ExperienceFields {

    private ExperienceFields() {
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
            "^(\\p{L}[\\p{L} &'-]{1,40}?)\\s+(at|@|en|em|chez|bei|bij|presso|na|no)\\s+(\\p{Lu}.{1,60})$");

    /** "Title @ Employer": the sign always joins a title to its employer. */
    private static final java.util.regex.Pattern AT_SIGN = java.util.regex.Pattern.compile("\\S\\s+@\\s+\\S");

    /** The experience read from an entry, its first two parts in printed order (the section decides which is the title). */
    static Optional<Experience> experience(Entry entry) {
        if (CareerBreaks.names(entry.header.get(0).text())) {
            return Optional.empty(); // "Career gap 2013 – 2014: travelled": time away, no job
        }
        EntryHeader.Parts h = EntryHeader.of(entry, true);
        List<String> parts = new ArrayList<>(h.parts());
        HeaderParts.dropInitialsLogo(parts);
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        java.util.regex.Matcher worked = WORKED_AS.matcher(parts.get(0));
        if (!worked.matches() && parts.size() >= 2) {
            // the title itself may hold a dash the header was split at ("Worked as Trainee – ETL in …")
            worked = WORKED_AS.matcher(parts.get(0) + " – " + parts.get(1));
        }
        if (worked.matches()) {
            // "Worked as Data Engineer in Vyomika Infotech, Pune from Jul'21 to Jun'23.": a job told as a sentence
            parts = new ArrayList<>(List.of(worked.group(1).strip(), Sentences.withoutFinalStop(worked.group(2).strip())));
        }
        if (parts.size() >= 3 && AT_SIGN.matcher(parts.get(0)).find()) {
            // "Pricing Analyst @ Fernbrook Foods" over "Leeds · frozen desserts, 300 staff": the "@" always joins
            // a title to its employer, whatever the line under it holds
            splitFirstPart(parts, false);
        } else if (parts.size() >= 2 && (HeaderParts.startsLowercase(parts.get(1))
                || parts.size() == 2 && EntryHeader.shortPlace(parts.get(1)) && !dashJoined(entry, parts))) {
            // "Senior Data Engineer at Kornblum Mobility" over "e-scooter and bike sharing": a lower-case line
            // describes the employer; the title line holds the employer itself. So does a short second part that
            // reads as a place, unless a dash set it off ("Analyst, Pricing Team — Corvid Freight").
            splitFirstPart(parts, true);
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
                && !parts.get(0).contains(",") && !parts.get(1).contains(",") // "Consultora Norte, Lima": a firm's town
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
        List<String> text = EntryFields.allText(entry);
        String joined = String.join(" ", text) + " " + String.join(" ", parts);
        Experience e = new Experience(first, second, location, h.dates(), List.copyOf(text),
                EntityLexicon.technologies(joined), EntityLexicon.metrics(text), null);
        return Optional.of(EntryConfidence.of(e));
    }

    /**
     * The first part split into title and organisation where it holds both ("Analyst @ Fernbrook Foods"); the
     * organisation replaces the second part or goes in before it.
     */
    private static void splitFirstPart(List<String> parts, boolean replaceSecond) {
        List<String> split = HeaderSplitter.titleAndOrganisation(parts.get(0));
        if (split.size() == 2) {
            parts.set(0, split.get(0));
            if (replaceSecond) {
                parts.set(1, split.get(1));
            } else {
                parts.add(1, split.get(1));
            }
        }
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
}
