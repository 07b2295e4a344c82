package org.mockinterview.resume.parse;

import java.util.List;

import org.mockinterview.resume.parse.EntryGrouper.Mode;

/**
 * What a line does to an entry whose header is still open (no text read yet): it opens the next entry, it splits an
 * employer's line from the role under it, it continues the header, or it is the entry's first text.
 */
final class OpenHeader {

    /** The section's shape, decided once per section by {@link EntryGrouper}. */
    record Layout(Mode mode, boolean gutter, boolean listsEntries, boolean institutionFirst) {
    }

    /** Fewest words of a sentence about a company; an employer's name and place are fewer. */
    private static final int BLURB_WORDS = 5;

    private OpenHeader() {
    }

    /** The line opens the next entry although the current one has no text of its own. */
    static boolean restarts(TextLine line, List<TextLine> lines, int i, Entry current, boolean headerish, Layout layout) {
        String text = line.text();
        boolean sameShape = HeaderSignals.sameStyle(line, current.header.get(0))
                && line.x0() <= current.header.get(0).x0() + 2;
        Mode mode = layout.mode();
        // entries without bullets (education, short jobs) follow each other: a second dated header starts anew,
        // unless a body label follows the line ("Title" over "Duties:"): then it closes this header
        return !layout.gutter() && headerish && current.headerHasDate()
                && (sameShape && !DatePatterns.hasDate(text) && current.header.size() >= 2 && !datesFirst(current)
                        && !labelFollows(lines, i)
                        || DatePatterns.hasDate(text) && !DatePatterns.isOnlyDate(text))
                // undated schools: a bold line set like the entry's first one, after a plain line, is the next
                // school (a bold line after a bold one is its name wrapping)
                || mode == Mode.EDUCATION && !layout.gutter() && !current.headerHasDate() && current.header.size() >= 2
                        && line.bold() && sameShape && !current.header.getLast().bold() && !DatePatterns.hasDate(text)
                || layout.listsEntries() && layout.institutionFirst() && TitleLexicon.isInstitution(text)
                        && TitleLexicon.degreeAt(text) != 0 && HeaderSignals.sameStyle(line, lines.get(0))
                // entries that each open on a line of dates alone: the next such line, set alike, opens the next one
                || !layout.gutter() && DatePatterns.isOnlyDate(text) && current.header.size() >= 2 && sameShape
                        && DatePatterns.isOnlyDate(current.header.get(0).text())
                // a dated break from work ("lug 2021 – dic 2024 · Pausa di carriera") is whole on its line: the
                // next line of dates opens the next job
                || current.headerHasDate() && DatePatterns.hasDate(text) && current.header.size() == 1
                        && CareerBreaks.names(current.header.get(0).text())
                // two project titles in a row: the first had no text of its own
                || mode == Mode.PROJECTS && HeaderSignals.titleAgain(line, current, lines)
                // a caption ("Tools: ...") closes a project's header: a title-like line after it is the next one
                || mode == Mode.PROJECTS && HeaderSignals.afterCaption(line, current);
    }

    /**
     * An employer's line and a sentence about the company, then a dated role: the role opens its own entry and the
     * sentence is the employer's description, not a title.
     */
    static boolean roleUnderEmployer(TextLine line, Entry current) {
        String text = line.text();
        return !current.headerHasDate() && current.header.size() == 2 && DatePatterns.hasDate(text)
                && !DatePatterns.isOnlyDate(text) && current.header.get(0).bold() && !current.header.get(1).bold()
                && isBlurb(current.header.get(1).text()) && !HeadingVocabulary.namesAJob(current.header.get(1).text());
    }

    /**
     * A sentence about the company ("A regional freight forwarder with 300 staff"), not its name: long enough, with
     * words in lower case beyond the short ones a name may hold ("de", "and"), and no legal form closing it.
     */
    private static boolean isBlurb(String text) {
        String[] words = text.strip().split("\\s+");
        long lower = java.util.Arrays.stream(words).filter(w -> w.length() > 3 && Character.isLowerCase(w.codePointAt(0)))
                .count();
        return words.length >= BLURB_WORDS && lower >= 2 && !DatePatterns.endsWithCorporateForm(text);
    }

    /** The line is one more header line (title, organisation, place) rather than the entry's first text. */
    static boolean continues(TextLine line, Entry current, boolean headerish) {
        // the place beside it ("Querétaro, Qro.") may end on a full stop that closes no sentence
        return (headerish || current.textHeaderLines() < 2 && HeaderSignals.isShort(mainText(line))
                && !Sentences.endsOne(mainText(line))
                && !indentedUnderBoldHeader(line, current)) && current.header.size() < 4;
    }

    /**
     * The line's text without a cell of place or dates beside it: "Halden State University, Language Lab ‖
     * Tulsa, OK" is as short as its organisation.
     */
    private static String mainText(TextLine line) {
        List<String> cells = line.cells();
        if (cells.size() == 2 && (DatePatterns.isLocation(cells.get(1)) || DatePatterns.isOnlyDate(cells.get(1)))) {
            return cells.get(0);
        }
        if (cells.size() == 2 && DatePatterns.isLocation(cells.get(0))) {
            return cells.get(1); // "◉ Boston, MA ‖ Quarry Health": the place before the organisation
        }
        return line.text();
    }

    /** The header opens with its dates ("ene. 2022 – actualidad · Valencia", then title, then employer). */
    private static boolean datesFirst(Entry entry) {
        return DatePatterns.find(entry.header.get(0).text()).map(f -> f.start() == 0).orElse(false)
                && entry.header.size() < 3;
    }

    /** The line after {@code i} is a body label: line {@code i} is the last of its entry's header. */
    private static boolean labelFollows(List<TextLine> lines, int i) {
        return i + 1 < lines.size() && EntryGrouper.BODY_LABEL.matcher(lines.get(i + 1).text().strip()).matches();
    }

    /** A plain line indented past a bold, dated header: the entry's text starting, however short its first line. */
    private static boolean indentedUnderBoldHeader(TextLine line, Entry current) {
        TextLine head = current.header.get(0);
        // measured from the header's text, right of a date in a gutter cell of its own
        int text = head.cells().size() > 1 && DatePatterns.isOnlyDate(head.cells().get(0)) ? 1 : 0;
        // an indent, not a cell pushed to the right edge (a place under the dates)
        float indent = line.x0() - head.cellX().get(text);
        return line.hasFont() && head.bold() && !line.bold() && current.headerHasDate()
                && indent > 4 && indent < 2.5f * line.size();
    }
}
