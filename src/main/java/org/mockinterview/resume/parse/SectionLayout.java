package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.mockinterview.resume.parse.EntryGrouper.BULLET;

/** What a section's layout says about its entries: list levels, gutter dates, left edges and dated items. */
final class SectionLayout {

    /** Farthest, in points, an inner list item stands right of the outer ones: beyond it lies another column. */
    private static final float MAX_NESTING = 72f;

    private SectionLayout() {
    }

    /** An item starting at x is nested under items starting at outer: indented, but in the same column. */
    private static boolean nested(float x, float outer, float indent) {
        return x >= outer + indent && x <= outer + MAX_NESTING;
    }

    /**
     * In a two-level list (entries as "•" items, their bullets as indented "o" items) the outer items whose next
     * list item is an inner one.
     */
    static Set<Integer> outerBullets(List<TextLine> lines, boolean titledItems) {
        float outer = Float.MAX_VALUE;
        for (TextLine l : lines) {
            if (BULLET.matcher(l.text()).lookingAt()) {
                outer = Math.min(outer, l.x0());
            }
        }
        Set<Integer> out = new HashSet<>();
        float indent = lines.stream().anyMatch(TextLine::hasFont) ? 6f : 2f;
        boolean plainLines = lines.stream().anyMatch(l -> !BULLET.matcher(l.text()).lookingAt()
                && !DatePatterns.isOnlyDate(l.text()));
        float outerX = outer;
        // in a two-level list of projects every titled outer item is a project, with or without nested bullets
        boolean twoLevel = titledItems && lines.stream().anyMatch(l -> BULLET.matcher(l.text()).lookingAt()
                && nested(l.x0(), outerX, indent));
        // so is every item of a one-level list whose items all open with "Name: " ("• Churn Radar: predicts ...")
        List<TextLine> outerItems = lines.stream().filter(l -> BULLET.matcher(l.text()).lookingAt()
                && l.x0() <= outerX + indent / 2).toList();
        // (unless unbulleted title lines head the projects, whose bullets then label their parts: "• Stack: ...")
        boolean titleLines = lines.stream().anyMatch(l -> !BULLET.matcher(l.text()).lookingAt()
                && l.x0() <= outerX + indent / 2);
        twoLevel |= titledItems && !titleLines && !outerItems.isEmpty()
                && outerItems.stream().allMatch(l -> isNameLed(l) || isTitledItem(l) && (l.bold() || titleCase(l)));
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            if (!BULLET.matcher(l.text()).lookingAt() || l.x0() > outer + indent / 2) {
                continue;
            }
            if (twoLevel && isTitledItem(l)) {
                out.add(i);
                continue;
            }
            boolean dated = DatePatterns.hasDate(l.text());
            for (int j = i + 1; j < Math.min(lines.size(), i + 4); j++) {
                TextLine next = lines.get(j);
                if (BULLET.matcher(next.text()).lookingAt()) {
                    // nested bullets inside one job are not entries: an entry item carries its dates
                    if (nested(next.x0(), outer, indent) && (dated || !plainLines || titledItems && isTitledItem(l))) {
                        out.add(i);
                    }
                    break;
                }
                // a year in the item's wrapped sentence ("office in 2023.") dates no entry
                dated |= DatePatterns.hasDate(next.text()) && !Character.isLowerCase(next.text().codePointAt(0));
            }
        }
        return out;
    }

    static TextLine withoutBullet(TextLine line) {
        List<String> cells = new ArrayList<>(line.cells());
        List<Float> xs = new ArrayList<>(line.cellX());
        String first = BULLET.matcher(cells.get(0)).replaceFirst("").strip();
        if (first.isEmpty() && cells.size() > 1) {
            cells.remove(0);
            xs.remove(0);
        } else {
            cells.set(0, first);
        }
        return line.withCells(cells, xs);
    }

    /** A line that starts with a date set apart in a gutter left of where the section's text lines start. */
    static boolean opensGutterEntry(TextLine line, float bodyX0) {
        var date = DatePatterns.find(line.cells().get(0));
        return date.isPresent() && date.get().start() == 0 && line.x0() < bodyX0 - (line.hasFont() ? 30f : 8f);
    }

    /** A range cut after its end month: "juil. 2018 – déc.". */
    private static final java.util.regex.Pattern OPEN_END_MONTH = java.util.regex.Pattern.compile(
            "(?iu).*\\d{4}\\s*[–—~-]\\s*\\p{L}{3,9}\\.?$");
    private static final java.util.regex.Pattern DATE_PIECE = java.util.regex.Pattern.compile(
            "(?iu)^(?:" + DatePatterns.PRESENT + "|" + DatePatterns.RANGE_JOINER + "\\s+.*|[|–—~-]+\\s*.*)$");

    /**
     * A date range that wraps in a narrow gutter ("Aug. 2021 to" over "present") is joined back onto the first
     * line, so that the second half opens no entry of its own.
     */
    static List<TextLine> joinWrappedGutterDates(List<TextLine> lines, float body) {
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine line : lines) {
            TextLine previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && titleAboveItsDate(previous, line, body)) {
                // a gutter date set a little lower than the bold title beside it is that title's date
                out.set(out.size() - 1, new TextLine(List.of(line.cells().get(0), previous.cells().get(0)),
                        List.of(line.x0(), previous.x0()), previous.size(), previous.bold(), line.x0(),
                        previous.gapAbove(), previous.page(), previous.x1()));
                continue;
            }
            if (previous != null && inGutter(previous, body) && inGutter(line, body)) {
                String a = previous.cells().get(0);
                String b = line.cells().get(0);
                boolean open = DatePatterns.endsWithConnector(a);
                // two dates each beside a title of its own are two entries, not one range wrapped
                boolean titledBoth = previous.cells().size() > 1 && line.cells().size() > 1;
                // "juil. 2018 – déc." over "2018": the end month's year wrapped onto the next line
                boolean yearWrapped = OPEN_END_MONTH.matcher(a).matches() && b.strip().matches("\\d{4}");
                boolean continues = open || yearWrapped || !titledBoth && (DATE_PIECE.matcher(b).matches()
                        || DatePatterns.isOnlyDate(a) && DatePatterns.isOnlyDate(b) && !DatePatterns.isRange(a));
                if (continues) {
                    List<String> cells = new ArrayList<>(previous.cells());
                    cells.set(0, a + " " + b);
                    out.set(out.size() - 1, previous.withCells(cells, previous.cellX()));
                    if (line.cells().size() > 1) {
                        out.add(line.withoutFirstCell());
                    }
                    continue;
                }
            }
            out.add(line);
        }
        return out;
    }

    /** A bold undated title at the text's edge, and right under it, touching, a gutter date alone. */
    private static boolean titleAboveItsDate(TextLine title, TextLine date, float body) {
        return title.bold() && !date.bold() && title.cells().size() == 1 && date.cells().size() == 1
                && Math.abs(title.x0() - body) <= 2f && !DatePatterns.hasDate(title.text()) && inGutter(date, body)
                && date.gapAbove() <= 0.5f && date.page() == title.page();
    }

    /** A line whose first cell sits in the gutter left of the section's text and is short. */
    private static boolean inGutter(TextLine line, float bodyX0) {
        String first = line.cells().get(0);
        return line.x0() < bodyX0 - (line.hasFont() ? 30f : 8f) && first.split("\\s+").length <= 4
                && (DatePatterns.hasDate(first) || DATE_PIECE.matcher(first).matches());
    }

    /** Where most of the section's text starts, to 3 pt. */
    static float dominantX0(List<TextLine> lines) {
        // weighted by the text that starts there, so that a column of short dates does not outvote the text
        Map<Integer, Integer> counts = new HashMap<>();
        for (TextLine l : lines) {
            for (int c = 0; c < l.cells().size(); c++) {
                counts.merge(Math.round(l.cellX().get(c) / 3f), l.cells().get(c).length(), Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() * 3f)
                .orElse(0f);
    }

    /** A list item that opens with a short name: "Name: what it is", or a few words without a full stop. */
    static boolean isTitledItem(TextLine line) {
        String text = BULLET.matcher(line.prose()).replaceFirst("").strip();
        int colon = text.indexOf(": ");
        String lead = colon > 0 ? text.substring(0, colon) : text;
        return lead.split("\\s+").length <= (colon > 0 ? 6 : 8) && !lead.endsWith(".");
    }

    /** A list item that opens with a short name and a colon: "Churn Radar: predicts cancellations". */
    private static boolean isNameLed(TextLine line) {
        String text = BULLET.matcher(line.prose()).replaceFirst("").strip();
        int colon = text.indexOf(": ");
        return colon > 0 && isTitledItem(line) && !Character.isLowerCase(text.codePointAt(0));
    }

    /** A list item whose words are capitalised like a name ("Medical Image Segmentation"), not a sentence. */
    private static boolean titleCase(TextLine line) {
        String[] words = BULLET.matcher(line.prose()).replaceFirst("").strip().split("\\s+");
        long content = java.util.Arrays.stream(words).filter(w -> w.length() > 3).count();
        long capitalised = java.util.Arrays.stream(words).filter(w -> w.length() > 3 && Character.isUpperCase(w.codePointAt(0)))
                .count();
        return content > 0 && capitalised * 3 >= content * 2 && words.length >= 2;
    }

    /** An item naming a school or degree, or with its dates set apart in a cell of their own. */
    static boolean isDatedItem(TextLine line) {
        String text = line.prose();
        boolean datedCell = line.cells().size() >= 2
                && DatePatterns.isOnlyDate(line.cells().get(line.cells().size() - 1));
        return DatePatterns.hasDate(text) && text.split("\\s+").length <= 16
                && (datedCell || TitleLexicon.isInstitution(text) || TitleLexicon.hasDegree(text));
    }
}
