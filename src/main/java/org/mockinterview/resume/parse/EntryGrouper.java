package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.mockinterview.resume.parse.Entry.SubEntry;

/**
 * Groups the lines of one section into entries: header lines (title, organisation, dates, location) followed by
 * bullets and description lines. Inside experience, titled sub-entries become projects.
 */
final class EntryGrouper {

    /** List markers: bullet glyphs, dashes, numbers, and the "o" of office suites' second-level lists. */
    static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·・●○◦▪▫■□◆◇❖‣⁃∙*➢➤►▸▶➔→⮚›»✦✧★☆✓✔−–—-]|\\d{1,2}[.)]\\s"
            + "|o(?:\\s{2,}|\\s+(?=\\p{Lu})))\\s*");

    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,2}[.)]\\s");

    /** "1. Data Analyst ( January 5, 2022 - Continuing)": a number, a few words naming a job, and dates. */
    private static boolean numberedTitle(String text) {
        String rest = DatePatterns.find(text).map(d -> text.substring(0, d.start()) + text.substring(d.end()))
                .orElse(text).replaceFirst("^\\s*\\d{1,2}[.)]\\s*", "").replaceAll("[()\\[\\],|–—-]", " ").strip();
        return !rest.isEmpty() && rest.split("\\s+").length <= 6 && !rest.endsWith(".") && TitleLexicon.hasTitleWord(rest);
    }

    private final float bodySize;
    private final boolean bodyBold;
    private final HeaderSignals signals;

    EntryGrouper(float bodySize, boolean bodyBold) {
        this.bodySize = bodySize;
        this.bodyBold = bodyBold;
        this.signals = new HeaderSignals(bodySize, bodyBold);
    }

    /** How a section's kind changes the grouping. */
    enum Mode {
        /** Jobs: titled sub-entries are projects, dated outer list items are jobs. */
        EXPERIENCE,
        /** Projects: every outer list item, and every title line, is a project of its own. */
        PROJECTS,
        /** Schools: each dated list item is an entry of its own. */
        EDUCATION,
        OTHER
    }

    /**
     * A sub-heading that sorts a work section's entries by kind. Some of its words also name sections
     * ("Internships", "Freelance"): set like the headings, such a line opens a section; inside one it heads nothing.
     */
    private static final Pattern GROUP_LABEL = Pattern.compile("(?iu)(?:full[- ]time|part[- ]time|internships?|co-?ops?"
            + "|freelance|contracts?|contract work|consulting|industry|academia|academic) ?(?:roles?|positions?|work"
            + "|experience)?:?");

    /**
     * A short label ending in a colon and holding nothing after it ("Roles & Responsibilities:"), or the title of
     * an open toggle ("▾ Highlights").
     */
    static final Pattern BODY_LABEL = Pattern.compile("[\\p{L}][\\p{L}&/,'\\- ]{2,60}:|[▾▼]\\s*\\p{L}[\\p{L}&/,'\\- ]{2,40}");

    List<Entry> group(List<TextLine> sectionLines, Mode mode) {
        // the text edge is the same before and after wrapped gutter dates are joined back
        float body = SectionLayout.dominantX0(sectionLines);
        List<TextLine> lines = SectionLayout.joinWrappedGutterDates(sectionLines, body);
        boolean experience = mode == Mode.EXPERIENCE;
        boolean listsEntries = mode == Mode.EDUCATION;
        // a line that ends well short of the text's right edge was not wrapped: the next line starts a new item
        // the text edge is where single-cell lines end, unless they are all short and only dates reach further
        float overall = (float) lines.stream().mapToDouble(TextLine::x1).max().orElse(0);
        float single = (float) lines.stream().filter(l -> l.cells().size() == 1).mapToDouble(TextLine::x1).max().orElse(0);
        float wrapWidth = 0.8f * (single >= 0.6f * overall ? single : overall);
        List<Entry> entries = new ArrayList<>();
        Entry current = null;
        SubEntry sub = null;
        float listUnder = -1; // the indent of an entry's "Projects:" label: the items set under it are its text
        java.util.Set<Integer> entryBullets = experience || mode == Mode.PROJECTS
                ? SectionLayout.outerBullets(lines, mode == Mode.PROJECTS) : java.util.Set.of();
        boolean fonts = lines.stream().anyMatch(TextLine::hasFont);
        float leftEdge = (float) lines.stream().filter(l -> !BULLET.matcher(l.text()).lookingAt())
                .mapToDouble(TextLine::x0).min().orElse(0);
        float indent = fonts ? 6f : 2f;
        long indented = lines.stream().filter(l -> l.x0() > leftEdge + indent).count();
        boolean indentedBodies = indented * 10 >= lines.size() * 3;
        // dates in a left gutter (moderncv, pandoc): a gutter date opens an entry, and no other line does
        boolean gutter = lines.stream().filter(l -> SectionLayout.opensGutterEntry(l, body)).count() >= 2;
        // a list of dated items is a list of entries only where no unbulleted line heads an entry
        boolean plainHeaders = lines.stream().anyMatch(l -> !BULLET.matcher(l.text()).lookingAt()
                && !DatePatterns.isOnlyDate(l.text()) && signals.isHeaderish(l));
        boolean institutionFirst = !lines.isEmpty() && TitleLexicon.isInstitution(lines.get(0).text())
                && TitleLexicon.degreeAt(lines.get(0).text()) != 0;
        OpenHeader.Layout layout = new OpenHeader.Layout(mode, gutter, listsEntries, institutionFirst);
        for (int i = 0; i < lines.size(); i++) {
            TextLine raw = lines.get(i);
            boolean rawBullet = BULLET.matcher(raw.text()).lookingAt() && !DatePatterns.isOnlyDate(raw.text());
            // the outer level of a two-level list names the entries; "• Title | Org    (2021 - 2023)" over an
            // unbulleted description is a header; so is a dated school item. Their date cells stay theirs.
            if (rawBullet && (entryBullets.contains(i) || signals.isBulletedHeader(raw, lines, i)
                    || listsEntries && !plainHeaders && SectionLayout.isDatedItem(raw)) && !(gutter && !SectionLayout.opensGutterEntry(raw, body))) {
                current = new Entry();
                sub = null;
                entries.add(current);
                current.header.add(SectionLayout.withoutBullet(raw));
                continue;
            }
            TextLine line = EntryBody.stripMeta(raw, current);
            if (gutter) {
                if (SectionLayout.opensGutterEntry(raw, body) || current == null) {
                    current = new Entry();
                    sub = null;
                    entries.add(current);
                    current.header.add(line);
                    continue;
                }
                boolean listItem = BULLET.matcher(line.text()).lookingAt();
                if (mode == Mode.PROJECTS && !listItem && HeaderSignals.titleAgain(line, current, lines)) {
                    // an undated project between gutter-dated ones
                    current = new Entry();
                    sub = null;
                    entries.add(current);
                    current.header.add(line);
                    continue;
                }
                // the place set small under the gutter's date ("Recife, PE") is no line of the header's text
                long headerLines = current.header.stream()
                        .filter(h -> !(h.x1() < body - 4 && DatePatterns.isLocation(h.text()))).count();
                boolean titleLike = signals.isHeaderish(line) || headerLines < 2 && HeaderSignals.isShort(line.text());
                if (!listItem && !current.hasBody() && headerLines < 3 && titleLike
                        && !Sentences.endsOne(line.text())) {
                    current.header.add(line);
                    continue;
                }
                boolean styled = line.hasFont() && (line.bold() && !bodyBold
                        || Math.abs(line.size() - bodySize) >= 0.75f);
                if (!listItem && current.hasBody() && styled && !Sentences.endsOne(line.text())
                        && !HeaderSignals.isTagRow(line)) {
                    // an undated entry among dated ones (a project) still opens with its styled title
                    current = new Entry();
                    sub = null;
                    entries.add(current);
                    current.header.add(line);
                    continue;
                }
                if (!listItem) {
                    // beside gutter dates, every other line is the entry's text
                    EntryBody.appendBody(current, sub, line.prose(), wrapWidth);
                    current.lastX1 = line.x1();
                    continue;
                }
            }
            String text = line.text();
            if (text.isBlank() || experience && line.cells().size() == 1 && GROUP_LABEL.matcher(text.strip()).matches()) {
                continue; // "Full-time", "Internships": a sub-heading over entries of one kind heads none of them
            }
            if (current != null && current.hasBody() && (WebAddress.LABELLED.matcher(text.strip()).matches()
                    || HeaderSignals.isStackCaption(text) || HeaderSignals.isToolRow(line))) {
                // a link closing a card or an entry ("github.com/…/dock-rebalancer", "Link: …") belongs to it and
                // opens nothing; so does the list of tools under its text ("Herramientas: Python, Kafka"), bold or not,
                // captioned or set as chips
                current.descriptions.add(text.strip());
                current.lastWasBullet = false;
                continue;
            }
            if (current != null && current.headerHasDate() && (BODY_LABEL.matcher(text.strip()).matches()
                    || line.cells().size() == 1 && FormLabels.role(text.strip()) == FormLabels.Role.ACTIVITIES)) {
                // "Roles & Responsibilities:", "Key achievements:" announce the entry's text and head nothing, with
                // their colon or, set as a bold line of their own, without it
                current.lastWasBullet = false;
                listUnder = current.hasBody() && line.x0() > current.header.get(0).x0() + 2 ? line.x0() : -1;
                continue;
            }
            if (listUnder > 0 && line.x0() >= listUnder - 1 && !DatePatterns.hasDate(text)) {
                // "Projekte:" inside a job, its items in bold at the body's indent: the job's text, no entries; an
                // item's line that goes on in lower case is its wrap
                String item = BULLET.matcher(line.prose()).replaceFirst("").strip();
                if (item.equals(line.prose().strip()) && Character.isLowerCase(item.codePointAt(0))
                        && !current.highlights.isEmpty() && current.lastWasBullet) {
                    int last = current.highlights.size() - 1;
                    current.highlights.set(last, TextRepair.joinWrapped(current.highlights.get(last), item));
                    continue;
                }
                current.highlights.add(item);
                current.lastWasBullet = true;
                current.bulletX0 = line.x0(); // a line set further left after the list is no wrap of its item
                continue;
            }
            listUnder = -1;
            // "2. Data Analyst (March 3, 2020 - Continuing)" in bold: a numbered entry, not a list item
            // and in a regular weight when what is left beside its dates is a short job title
            boolean numberedHeader = NUMBERED.matcher(text).lookingAt() && DatePatterns.hasDate(text)
                    && (fonts && line.bold() && !bodyBold || numberedTitle(text));
            boolean bullet = BULLET.matcher(text).lookingAt() && !DatePatterns.isOnlyDate(text) && !numberedHeader;
            if (!bullet && current != null && current.lastWasBullet && !current.highlights.isEmpty()
                    && line.x0() > current.bulletX0 + (fonts ? 2f : 0.5f) && !DatePatterns.isOnlyDate(text)
                    && Math.abs(line.size() - lines.get(i - 1).size()) < 0.75f) {
                // a hanging indent under a bullet's text is that bullet wrapping, whatever its first letter (a line
                // set larger is the next entry's header, indented by a timeline's dots)
                String joined = TextRepair.joinWrapped(current.highlights.remove(current.highlights.size() - 1),
                        line.prose());
                current.highlights.add(joined);
                if (sub != null && !sub.highlights().isEmpty()) {
                    sub.highlights().set(sub.highlights().size() - 1, joined);
                }
                current.lastX1 = line.x1();
                continue;
            }
            if (bullet) {
                if (current == null) {
                    current = new Entry();
                    entries.add(current);
                }
                String item = BULLET.matcher(line.prose()).replaceFirst("").strip();
                if (!item.isEmpty()) {
                    current.highlights.add(item);
                    if (sub != null) {
                        sub.highlights().add(item);
                    }
                }
                current.lastWasBullet = true;
                current.bulletX0 = line.x0();
                current.lastX1 = line.cells().size() == 1 ? line.x1() : Float.MAX_VALUE;
                continue;
            }
            // entries whose titles stand out to the left of indented bodies (no bullets, no bold needed)
            boolean outdented = indentedBodies && i > 0 && line.x0() <= leftEdge + 2
                    && lines.get(i - 1).x0() > leftEdge + indent;
            boolean headerish = signals.isHeaderish(line) || outdented || HeaderSignals.overDates(lines, i)
                    || mode == Mode.PROJECTS && HeaderSignals.leftOfBullets(lines, i);
            if (current == null) {
                current = new Entry();
                entries.add(current);
                current.header.add(line);
                continue;
            }
            if (current.hasBody() && headerish && !gutter) {
                if (experience && signals.isSubTitle(line, lines, i, current)) {
                    sub = new SubEntry(DatePatterns.strip(text.replaceAll("(?i)^projects?\\s*[:\\-–]\\s*", "")),
                            new ArrayList<>());
                    current.subEntries.add(sub);
                    current.lastWasBullet = false;
                    continue;
                }
                current = new Entry();
                sub = null;
                entries.add(current);
                current.header.add(line);
                continue;
            }
            if (!current.hasBody() && headerish && HeaderSignals.closesPrevious(current, line, entries)) {
                // a list of tools under a card ("Kotlin · Jetpack Compose") ended the card above, not opened this one
                Entry previous = entries.get(entries.size() - 2);
                previous.descriptions.add(current.header.get(0).prose());
                current.header.set(0, line);
                continue;
            }
            if (!current.hasBody() && WebAddress.WHOLE.matcher(text.strip()).matches()) {
                // the employer's or the project's web address under its header names nothing new, and the header
                // may go on below it (JSON Resume: company, website, then position)
                current.links.add(text.strip());
                continue;
            }
            if (!current.hasBody()) {
                boolean restart = OpenHeader.restarts(line, lines, i, current, headerish, layout);
                boolean roleUnderEmployer = experience && !gutter && OpenHeader.roleUnderEmployer(line, current);
                if (roleUnderEmployer) {
                    current.descriptions.add(current.header.remove(1).prose());
                }
                if (restart || roleUnderEmployer) {
                    current = new Entry();
                    sub = null;
                    entries.add(current);
                    current.header.add(line);
                } else if (OpenHeader.continues(line, current, headerish)) {
                    current.header.add(line);
                } else {
                    current.descriptions.add(line.prose());
                    current.lastX1 = line.x1();
                }
                continue;
            }
            EntryBody.appendBody(current, sub, line.prose(), wrapWidth);
            current.lastX1 = line.x1();
        }
        entries.forEach(e -> e.descriptions.addAll(0, e.links));
        if (mode == Mode.PROJECTS) {
            entries.forEach(e -> HeaderParts.joinWrappedTitle(e.header, lines));
        }
        entries.forEach(e -> HeaderParts.joinBrokenLines(e.header, single));
        return entries;
    }
}
