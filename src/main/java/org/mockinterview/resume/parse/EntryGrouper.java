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
    static final Pattern BULLET = Pattern.compile("^\\s*(?:[•·●○◦▪▫■□◆◇❖‣⁃∙*➢➤►▸▶➔→⮚›»✦✧★☆✓✔−–—-]|\\d{1,2}[.)]\\s"
            + "|o(?:\\s{2,}|\\s+(?=\\p{Lu})))\\s*");

    private final float bodySize;
    private final boolean bodyBold;

    EntryGrouper(float bodySize, boolean bodyBold) {
        this.bodySize = bodySize;
        this.bodyBold = bodyBold;
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
                && !DatePatterns.isOnlyDate(l.text()) && isHeaderish(l));
        boolean institutionFirst = !lines.isEmpty() && TitleLexicon.isInstitution(lines.get(0).text())
                && TitleLexicon.degreeAt(lines.get(0).text()) != 0;
        for (int i = 0; i < lines.size(); i++) {
            TextLine raw = lines.get(i);
            boolean rawBullet = BULLET.matcher(raw.text()).lookingAt() && !DatePatterns.isOnlyDate(raw.text());
            // the outer level of a two-level list names the entries; "• Title | Org    (2021 - 2023)" over an
            // unbulleted description is a header; so is a dated school item. Their date cells stay theirs.
            if (rawBullet && (entryBullets.contains(i) || isBulletedHeader(raw, lines, i)
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
                if (mode == Mode.PROJECTS && !listItem && titleAgain(line, current)) {
                    // an undated project between gutter-dated ones
                    current = new Entry();
                    sub = null;
                    entries.add(current);
                    current.header.add(line);
                    continue;
                }
                boolean titleLike = isHeaderish(line) || current.header.size() < 2 && isShort(line.text());
                if (!listItem && !current.hasBody() && current.header.size() < 3 && titleLike
                        && !Sentences.endsOne(line.text())) {
                    current.header.add(line);
                    continue;
                }
                boolean styled = line.hasFont() && (line.bold() && !bodyBold
                        || Math.abs(line.size() - bodySize) >= 0.75f);
                if (!listItem && current.hasBody() && styled && !Sentences.endsOne(line.text())) {
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
            if (text.isBlank()) {
                continue;
            }
            boolean bullet = BULLET.matcher(text).lookingAt() && !DatePatterns.isOnlyDate(text);
            if (!bullet && current != null && current.lastWasBullet && !current.highlights.isEmpty()
                    && line.x0() > current.bulletX0 + (fonts ? 2f : 0.5f) && !DatePatterns.isOnlyDate(text)) {
                // a hanging indent under a bullet's text is that bullet wrapping, whatever its first letter
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
            // an unstyled line over a line that is only a date heads the next entry (fonts without bold: CJK)
            boolean overDates = i + 1 < lines.size() && isShort(text) && !Sentences.endsOne(text)
                    && !DatePatterns.hasDate(text) && opensWithDate(lines.get(i + 1));
            boolean headerish = isHeaderish(line) || outdented || overDates;
            if (current == null) {
                current = new Entry();
                entries.add(current);
                current.header.add(line);
                continue;
            }
            if (current.hasBody() && headerish && !gutter) {
                if (experience && isSubTitle(line, lines, i, current)) {
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
            if (!current.hasBody()) {
                boolean sameShape = sameStyle(line, current.header.get(0)) && line.x0() <= current.header.get(0).x0() + 2;
                // entries without bullets (education, short jobs) follow each other: a second dated header starts anew
                boolean restart = !gutter && headerish && current.headerHasDate()
                        && (sameShape && !DatePatterns.hasDate(text) && current.header.size() >= 2
                                || DatePatterns.hasDate(text) && !DatePatterns.isOnlyDate(text))
                        || listsEntries && institutionFirst && TitleLexicon.isInstitution(text)
                                && TitleLexicon.degreeAt(text) != 0 && sameStyle(line, lines.get(0))
                        // two project titles in a row: the first had no text of its own
                        || mode == Mode.PROJECTS && titleAgain(line, current);
                if (restart) {
                    current = new Entry();
                    sub = null;
                    entries.add(current);
                    current.header.add(line);
                } else if ((headerish || current.textHeaderLines() < 2 && isShort(text) && !Sentences.endsOne(text)) && current.header.size() < 4) {
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
        return entries;
    }

    /** A list item styled or dated like a header whose following lines are an indented, unbulleted body. */
    private boolean isBulletedHeader(TextLine line, List<TextLine> lines, int index) {
        if (index + 1 >= lines.size()) {
            return false;
        }
        TextLine next = lines.get(index + 1);
        // a lowercase next line is the item wrapping, and a header is a few words, not a sentence
        boolean bodyFollows = !BULLET.matcher(next.text()).lookingAt() && !isHeaderish(next)
                && !Character.isLowerCase(next.text().codePointAt(0))
                && line.cells().get(0).split("\\s+").length <= 12;
        boolean styled = line.hasFont() && line.bold() && !bodyBold && !next.bold();
        boolean dated = line.cells().size() >= 2 && DatePatterns.hasDate(line.cells().get(line.cells().size() - 1));
        return bodyFollows && (styled || dated) && !Sentences.endsOne(line.prose());
    }

    private boolean isHeaderish(TextLine line) {
        String text = line.text();
        if (DatePatterns.hasDate(text) && text.length() < 120) {
            return true;
        }
        if (line.hasFont()) {
            return line.bold() && !bodyBold || Math.abs(line.size() - bodySize) >= 0.75f && text.length() < 100;
        }
        return isShort(text) && !text.matches(".*[.,;:]$") && !Character.isLowerCase(text.codePointAt(0));
    }

    private boolean isSubTitle(TextLine line, List<TextLine> lines, int index, Entry current) {
        String text = line.text();
        if (DatePatterns.hasDate(text) || !isShort(text) || Sentences.endsOne(text)) {
            return false;
        }
        if (text.matches("(?i)^projects?\\s*[:\\-–].*")) {
            return true;
        }
        for (int j = index + 1; j < Math.min(lines.size(), index + 3); j++) {
            String next = lines.get(j).text();
            if (BULLET.matcher(next).lookingAt()) {
                break;
            }
            if (DatePatterns.hasDate(next)) {
                return false;
            }
        }
        TextLine first = current.header.get(0);
        boolean nextIsBullet = index + 1 < lines.size() && BULLET.matcher(lines.get(index + 1).text()).lookingAt();
        return nextIsBullet && !(sameStyle(line, first) && line.x0() <= first.x0() + 2);
    }

    /**
     * Two project titles in a row: the line is styled like the entry's title (a bold line at its left edge, or
     * beside a gutter date, at the text's edge) and every header line since differs from it, so the first
     * project had no text of its own beyond a caption ("Stack: ...").
     */
    private static boolean titleAgain(TextLine line, Entry current) {
        TextLine title = current.header.get(0);
        if (!line.hasFont() || !line.bold() || DatePatterns.isOnlyDate(line.text()) || current.hasBody()) {
            return false;
        }
        float titleX = title.cellX().get(title.cells().size() > 1 && DatePatterns.isOnlyDate(title.cells().get(0)) ? 1 : 0);
        boolean aligned = Math.abs(line.x0() - titleX) <= 2;
        return aligned && title.bold() && Math.abs(line.size() - title.size()) < 0.5f
                && current.header.stream().skip(1).noneMatch(h -> h.bold());
    }

    /** A line that is only a date, or a short dated header line ("Title  |  2020 – 2023"), not a list item. */
    private static boolean opensWithDate(TextLine next) {
        String t = next.text();
        if (DatePatterns.isOnlyDate(t)) {
            return true;
        }
        var date = DatePatterns.find(t);
        return next.cells().size() >= 2 && date.isPresent()
                && isShort(t.substring(0, date.get().start()) + t.substring(date.get().end()))
                && !BULLET.matcher(t).lookingAt() && !Character.isLowerCase(t.codePointAt(0));
    }

    private static boolean sameStyle(TextLine a, TextLine b) {
        return a.bold() == b.bold() && Math.abs(a.size() - b.size()) < 0.5f;
    }

    private static boolean isShort(String text) {
        long cjk = text.codePoints().filter(TextRepair::isCjk).count();
        return cjk > 0 ? text.length() <= 30 : text.split("\\s+").length <= 8;
    }
}
