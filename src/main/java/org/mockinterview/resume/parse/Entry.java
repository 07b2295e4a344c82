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
                || DatePatterns.find(text).map(date -> EntryHeader.placeAfter(text, date)).orElse(false);
    }

    boolean headerHasDate() {
        return header.stream().anyMatch(l -> DatePatterns.hasDate(l.text()))
                || metaCells.stream().anyMatch(DatePatterns::hasDate);
    }
}
