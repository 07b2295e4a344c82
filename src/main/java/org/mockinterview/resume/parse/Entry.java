package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

/** One entry of a section while it is being grouped: its header lines, bullets, descriptions and sub-entries. */
final class Entry {

    /** A titled group of bullets inside an entry, e.g. a project within a job. */
    record SubEntry(String title, List<String> highlights) {
    }

    final List<TextLine> header = new ArrayList<>();
    final List<String> highlights = new ArrayList<>();
    final List<String> descriptions = new ArrayList<>();
    /** Web addresses printed under the header, before any text: the text's first lines once grouping is done. */
    final List<String> links = new ArrayList<>();
    final List<String> metaCells = new ArrayList<>();
    final List<SubEntry> subEntries = new ArrayList<>();
    boolean lastWasBullet;
    float lastX1;
    float bulletX0;

    boolean hasBody() {
        return !highlights.isEmpty() || !descriptions.isEmpty();
    }

    /**
     * Header lines that hold more than dates and the place printed after them ("Title" / "2022 – now · Valencia" /
     * "Org" has two).
     */
    long textHeaderLines() {
        return header.stream().filter(l -> !datesAndPlace(l.text())).count();
    }

    /** Only dates, or dates and the place printed after them ("Jun 2021 – Present · Kumasi, Ghana"). */
    static boolean datesAndPlace(String text) {
        return DatePatterns.isOnlyDate(text)
                || DatePatterns.find(text).map(date -> EntryHeader.placeAfter(text, date) || placeBefore(text, date))
                        .orElse(false);
    }

    /** "Leeds · Mar 2019 → Jan 2022": a town of one or two words set off before the dates that end the line. */
    private static boolean placeBefore(String text, DatePatterns.Found date) {
        if (!text.substring(date.end()).strip().replaceAll("[)\\]]", "").isEmpty()) {
            return false;
        }
        java.util.regex.Matcher m = PLACE_THEN_DATES.matcher(text.substring(0, date.start()));
        return m.matches() && !TitleLexicon.hasJobOrOrgWord(m.group(1)) && !TitleLexicon.isInstitution(m.group(1));
    }

    private static final java.util.regex.Pattern PLACE_THEN_DATES = java.util.regex.Pattern.compile(
            "\\s*(\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+)?)\\s*[·|•]\\s*[(\\[]?\\s*");

    boolean headerHasDate() {
        return header.stream().anyMatch(l -> DatePatterns.hasDate(l.text()))
                || metaCells.stream().anyMatch(DatePatterns::hasDate);
    }
}
