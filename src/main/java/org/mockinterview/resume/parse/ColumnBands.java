package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

import org.mockinterview.resume.parse.LineBuilder.Cell;
import org.mockinterview.resume.parse.LineBuilder.Row;

/**
 * Reading order for pages whose columns start part-way down, as HTML and CSS layouts print them: section
 * headings set side by side open one column each, and a grid of cards under a full-width section is read card
 * column by card column. A page with one gutter from top to bottom is left to {@link ColumnDetector}.
 */
final class ColumnBands {

    /** Fewest consecutive rows a band of columns must span; fewer are a table row or two, not columns. */
    private static final int MIN_BAND_ROWS = 8;
    /** A shorter band counts when it opens with a row of bold titles, one per column: a single row of cards. */
    private static final int MIN_CARD_ROWS = 4;
    /** Columns inside columns (a two-column list in a side column), no deeper. */
    private static final int MAX_DEPTH = 2;

    private ColumnBands() {
    }

    static List<Row> readingOrder(List<Row> rows, float pageWidth) {
        return order(rows, pageWidth, 0);
    }

    private static List<Row> order(List<Row> rows, float pageWidth, int depth) {
        if (rows.isEmpty()) {
            return rows;
        }
        int h = depth < MAX_DEPTH ? sideBySideHeadings(rows) : -1;
        if (h >= 0) {
            Row headings = rows.get(h);
            List<Float> splits = headings.cells().stream().skip(1).map(c -> c.x0() - 1).toList();
            int end = h + 1;
            while (end < rows.size() && !crosses(rows.get(end), splits)) {
                end++;
            }
            List<Row> out = new ArrayList<>(order(rows.subList(0, h), pageWidth, depth));
            for (List<Row> column : columns(rows.subList(h, end), splits)) {
                out.addAll(order(column, pageWidth, depth + 1));
            }
            out.addAll(order(rows.subList(end, rows.size()), pageWidth, depth));
            return out;
        }
        float x = ColumnDetector.gutter(rows, pageWidth);
        if (!Float.isNaN(x)) {
            return split(rows, x);
        }
        Band band = depth < MAX_DEPTH ? band(rows, pageWidth) : null;
        if (band == null) {
            return rows;
        }
        List<Row> out = new ArrayList<>(order(rows.subList(0, band.start()), pageWidth, depth));
        out.addAll(split(rows.subList(band.start(), band.end()), band.gutter()));
        out.addAll(order(rows.subList(band.end(), rows.size()), pageWidth, depth));
        return out;
    }

    /**
     * The first row holding two or more section headings side by side (same size, larger than the text, apart),
     * each over text that starts beneath it: the top of a band of columns. -1 when there is none.
     */
    static int sideBySideHeadings(List<Row> rows) {
        float body = CellKinds.bodySize(rows);
        for (int i = 0; i < rows.size(); i++) {
            List<Cell> cells = rows.get(i).cells();
            if (cells.size() < 2 || cells.size() > 4) {
                continue;
            }
            boolean headings = true;
            for (int k = 0; k < cells.size() && headings; k++) {
                Cell c = cells.get(k);
                headings = Math.abs(c.size() - cells.get(0).size()) <= 0.5f
                        && (c.size() >= body + 1 || c.bold() && c.size() >= body)
                        && (k == 0 || c.x0() - cells.get(k - 1).x1() > 3 * c.size())
                        && (k == 0 || startsBelow(rows, i, c.x0()) >= 2)
                        && HeadingVocabulary.kindOf(c.text()).isPresent();
            }
            if (headings) {
                return i;
            }
        }
        return -1;
    }

    /** Most cells right of x are text, not the dates and places a one-column page aligns to its right margin. */
    private static boolean textOnTheRight(List<Row> rows, float x) {
        int text = 0;
        int all = 0;
        for (Row row : rows) {
            for (Cell c : row.cells()) {
                if (c.x0() >= x) {
                    all++;
                    text += CellKinds.isMeta(c.text()) ? 0 : 1;
                }
            }
        }
        return text * 2 > all;
    }

    /** The fewer of the rows with a cell left of x and the rows with a cell right of it. */
    private static int sides(List<Row> rows, float x) {
        int left = 0;
        int right = 0;
        for (Row row : rows) {
            left += row.cells().get(0).x0() < x ? 1 : 0;
            right += row.cells().get(row.cells().size() - 1).x0() >= x ? 1 : 0;
        }
        return Math.min(left, right);
    }

    /** Rows under row i (the next eight) with a cell starting within two ems of x. */
    private static int startsBelow(List<Row> rows, int i, float x) {
        int n = 0;
        for (Row row : rows.subList(i + 1, Math.min(rows.size(), i + 9))) {
            n += row.cells().stream().anyMatch(c -> Math.abs(c.x0() - x) <= 2 * c.size()) ? 1 : 0;
        }
        return n;
    }

    private static boolean crosses(Row row, float x) {
        for (Cell c : row.cells()) {
            if (c.x0() < x - 1 && c.x1() > x + 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean crosses(Row row, List<Float> splits) {
        return splits.stream().anyMatch(x -> crosses(row, x));
    }

    /** The rows of a band cut at each split, one list per column, left to right. */
    private static List<List<Row>> columns(List<Row> band, List<Float> splits) {
        List<List<Row>> columns = new ArrayList<>();
        for (int k = 0; k <= splits.size(); k++) {
            float lo = k == 0 ? Float.NEGATIVE_INFINITY : splits.get(k - 1);
            float hi = k == splits.size() ? Float.POSITIVE_INFINITY : splits.get(k);
            List<Row> column = new ArrayList<>();
            for (Row row : band) {
                List<Cell> cells = row.cells().stream().filter(c -> c.x0() >= lo && c.x0() < hi).toList();
                if (!cells.isEmpty()) {
                    column.add(new Row(cells.get(0).y(), cells));
                }
            }
            columns.add(column);
        }
        return columns;
    }

    /** Rows start (inclusive) to end (exclusive) of a page, read as two columns split at gutter. */
    record Band(int start, int end, float gutter) {
    }

    /**
     * The longest run of consecutive rows that no cell crosses at some x and that the column detector accepts as
     * two columns on its own, or null: a grid of cards between full-width rows.
     */
    static Band band(List<Row> rows, float pageWidth) {
        if (rows.size() < MIN_CARD_ROWS) {
            return null;
        }
        List<int[]> runs = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (float x = 0.15f * pageWidth; x <= 0.85f * pageWidth; x += 2f) {
            int start = 0;
            for (int r = 0; r <= rows.size(); r++) {
                if (r == rows.size() || crosses(rows.get(r), x)) {
                    consider(rows, start, r, x, MIN_BAND_ROWS, seen, runs);
                    // a row of cards may open part-way down a run that began with narrower lines above it
                    for (int t = start; t < r; t++) {
                        if (titlesAcross(rows.get(t), x)) {
                            int end = t + 1; // the cards end where a row has nothing right of the gap
                            while (end < r && rightOf(rows.get(end), x)) {
                                end++;
                            }
                            consider(rows, t, end, x, MIN_CARD_ROWS, seen, runs);
                            break;
                        }
                    }
                    start = r + 1;
                }
            }
        }
        // a row of cards opened by their titles first, then the longest runs
        runs.sort((a, b) -> a[2] != b[2] ? Integer.compare(b[2], a[2]) : Integer.compare(b[1] - b[0], a[1] - a[0]));
        // the longest few only: each is a full scan of the column detector
        for (int[] run : runs.subList(0, Math.min(6, runs.size()))) {
            List<Row> inside = rows.subList(run[0], run[1]);
            float x = ColumnDetector.gutter(inside, pageWidth);
            if (Float.isNaN(x) && run[2] == 1) {
                x = gapMiddle(inside, run[3]); // too few rows for the detector: the cards' own gap
            }
            // cards line up on both sides; a title and a right-aligned date or place beside it do not
            if (!Float.isNaN(x) && lineUp(inside, x, run[2] == 1)) {
                return new Band(run[0], run[1], x);
            }
        }
        return null;
    }

    /** Adds rows start to end as a candidate band at x when the cheap tests pass (once per run). */
    private static void consider(List<Row> rows, int start, int end, float x, int needed, java.util.Set<Long> seen,
                                 List<int[]> runs) {
        List<Row> inside = rows.subList(start, end);
        // cheap tests first, once per run: the column detector's own scan runs only on possible cards
        boolean cards = needed == MIN_CARD_ROWS;
        if (end - start >= needed && end - start < rows.size() && seen.add((long) start << 32 | end)
                && sides(inside, x) >= 4 && lineUp(inside, x, cards) && textOnTheRight(inside, x)) {
            runs.add(new int[] {start, end, needed == MIN_CARD_ROWS ? 1 : 0, Math.round(x)});
        }
    }

    /**
     * Both sides of x start their lines at one edge; cards may hang their text under an outdented title, so for them
     * a start within 20 pt right of a side's leftmost start counts as that edge.
     */
    private static boolean lineUp(List<Row> rows, float x, boolean cards) {
        if (!cards) {
            return ColumnDetector.aligned(rows, x, false, false) >= 0.8
                    && ColumnDetector.aligned(rows, x, false, true) >= 0.8;
        }
        for (boolean right : new boolean[] {false, true}) {
            List<Float> starts = new ArrayList<>();
            for (Row row : rows) {
                for (LineBuilder.Cell c : row.cells()) {
                    if (right == c.x0() >= x) {
                        starts.add(c.x0());
                        break;
                    }
                }
            }
            float edge = starts.stream().min(Float::compare).orElse(0f);
            long near = starts.stream().filter(s -> s <= edge + 20).count();
            if (starts.size() < 4 || near < 0.8 * starts.size()) {
                return false;
            }
        }
        return true;
    }

    private static boolean rightOf(Row row, float x) {
        for (LineBuilder.Cell c : row.cells()) {
            if (c.x0() > x) {
                return true;
            }
        }
        return false;
    }

    /** The middle of the free gap around x that no cell of the rows crosses. */
    private static float gapMiddle(List<Row> rows, float x) {
        float left = 0;
        float right = Float.MAX_VALUE;
        for (Row row : rows) {
            for (LineBuilder.Cell c : row.cells()) {
                if (c.x1() <= x) {
                    left = Math.max(left, c.x1());
                } else if (c.x0() >= x) {
                    right = Math.min(right, c.x0());
                }
            }
        }
        return right == Float.MAX_VALUE ? x : (left + right) / 2;
    }

    /** Bold, or opening with bold words ("Pollen Pulse | Python, Kafka"). */
    private static boolean titled(LineBuilder.Cell c) {
        return c.bold() || c.boldLead();
    }

    /** Two bold cells, one on each side of x, and nothing else: the titles of a row of cards. */
    private static boolean titlesAcross(Row row, float x) {
        List<LineBuilder.Cell> cells = row.cells();
        // a bold date beside a bold title is a timeline or gutter row, not two cards
        return cells.size() == 2 && titled(cells.get(0)) && titled(cells.get(1)) && cells.get(0).x1() < x
                && !DatePatterns.isOnlyDate(cells.get(0).text()) && !DatePatterns.isOnlyDate(cells.get(1).text())
                && cells.get(1).x0() > x;
    }

    /** Rows split at a gutter x: each band between full-width rows is read left column first. */
    static List<Row> split(List<Row> rows, float x) {
        List<Row> out = new ArrayList<>();
        List<Row> left = new ArrayList<>();
        List<Row> right = new ArrayList<>();
        for (Row row : rows) {
            if (crosses(row, x)) {
                flush(out, left, right, true);
                out.add(row);
                continue;
            }
            List<Cell> l = row.cells().stream().filter(c -> c.x1() <= x).toList();
            List<Cell> r = row.cells().stream().filter(c -> c.x1() > x).toList();
            if (!l.isEmpty()) {
                left.add(new Row(l.get(0).y(), l));
            }
            if (!r.isEmpty()) {
                right.add(new Row(r.get(0).y(), r));
            }
        }
        flush(out, left, right, false);
        return out;
    }

    /**
     * One band: the left column, then the right one. A section heading in the left column below the end of the
     * right one, right above a full-width row, opens a full-width section ("Skills" under a grid of cards, too short
     * to cross the gutter): it is read after the right column, not before it. A longer left column keeps its tail.
     */
    private static void flush(List<Row> out, List<Row> left, List<Row> right, boolean fullWidthNext) {
        int cut = left.size();
        if (fullWidthNext && !right.isEmpty()) {
            float bottom = right.get(right.size() - 1).y();
            for (int k = 0; k < left.size() && cut == left.size(); k++) {
                Row row = left.get(k);
                if (row.y() > bottom && row.cells().size() == 1
                        && HeadingVocabulary.kindOf(row.cells().get(0).text()).isPresent()) {
                    cut = k;
                }
            }
        }
        if (left.size() - cut > 2) {
            cut = left.size();
        }
        out.addAll(left.subList(0, cut));
        out.addAll(right);
        out.addAll(left.subList(cut, left.size()));
        left.clear();
        right.clear();
    }
}
