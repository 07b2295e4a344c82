package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

import org.mockinterview.resume.parse.LineBuilder.Cell;
import org.mockinterview.resume.parse.LineBuilder.Row;

/** Finds a run of rows that reads as two columns between full-width rows: a grid of cards, or one row of them. */
final class BandSearch {
    /** Fewest consecutive rows a band of columns must span; fewer are a table row or two, not columns. */
    private static final int MIN_BAND_ROWS = 8;
    /** A shorter band counts when it opens with a row of bold titles, one per column: a single row of cards. */
    private static final int MIN_CARD_ROWS = 4;

    private BandSearch() {
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
        // which rows could open a row of cards, decided once: the date test is costly and x does not change it
        int[] secondTitle = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            secondTitle[r] = secondTitle(rows.get(r));
        }
        List<int[]> runs = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (float x = 0.15f * pageWidth; x <= 0.85f * pageWidth; x += 2f) {
            int start = 0;
            for (int r = 0; r <= rows.size(); r++) {
                if (r == rows.size() || ColumnBands.crosses(rows.get(r), x)) {
                    consider(rows, start, r, x, MIN_BAND_ROWS, seen, runs);
                    // a row of cards may open part-way down a run that began with narrower lines above it
                    for (int t = start; t < r; t++) {
                        if (secondTitle[t] > 0 && across(rows.get(t), secondTitle[t], x)) {
                            int end = t + 1; // the cards end at a blank line, or where nothing stands right of the gap
                            while (end < r
                                    && (rightOf(rows.get(end), x) || closeBelow(rows.get(end - 1), rows.get(end)))) {
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
            // the body's bullets hang a little right of its headers; a sidebar's lines start at one edge
            return (ColumnDetector.aligned(rows, x, false, false) >= 0.8 || nearEdge(rows, x, false))
                    && ColumnDetector.aligned(rows, x, false, true) >= 0.8;
        }
        return nearEdge(rows, x, false) && nearEdge(rows, x, true);
    }

    /** Lines of one side of x that start within 20 pt right of that side's leftmost start: 80% or more. */
    private static boolean nearEdge(List<Row> rows, float x, boolean right) {
        List<Float> starts = new ArrayList<>();
        for (Row row : rows) {
            for (Cell c : row.cells()) {
                if (right == c.x0() >= x) {
                    starts.add(c.x0());
                    break;
                }
            }
        }
        float edge = starts.stream().min(Float::compare).orElse(0f);
        long near = starts.stream().filter(s -> s <= edge + 20).count();
        return starts.size() >= 4 && near >= 0.8 * starts.size();
    }

    /** The next row follows without a blank line: the longer of two cards goes on below the shorter one. */
    private static boolean closeBelow(Row row, Row next) {
        float size = row.cells().stream().map(Cell::size).max(Float::compare).orElse(10f);
        return next.y() - row.y() <= 2 * size;
    }

    private static boolean rightOf(Row row, float x) {
        for (Cell c : row.cells()) {
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
            for (Cell c : row.cells()) {
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
    private static boolean titled(Cell c) {
        return c.bold() || c.boldLead();
    }

    /**
     * The index of the second card's title when the row holds the titles of a row of cards, or -1: two bold cells,
     * neither a date, each alone or each followed by one plain cell (a link, a star count, a year).
     */
    private static int secondTitle(Row row) {
        List<Cell> cells = row.cells();
        int second = cells.size() / 2;
        boolean shaped = cells.size() == 2
                || cells.size() == 4 && !titled(cells.get(1)) && !titled(cells.get(3));
        // a bold date beside a bold title is a timeline or gutter row, not two cards
        return shaped && titled(cells.get(0)) && titled(cells.get(second))
                && !DatePatterns.isOnlyDate(cells.get(0).text()) && !DatePatterns.isOnlyDate(cells.get(second).text())
                ? second : -1;
    }

    /** The row's two titles (the second at index second) sit one on each side of x, the first one's note on its side. */
    private static boolean across(Row row, int second, float x) {
        return row.cells().get(second - 1).x1() < x && row.cells().get(second).x0() > x;
    }

    /**
     * Rows of a table set as text, not two page columns: a grid of short items (a skills list in three CSS columns)
     * or labels beside their values ("Programmiersprachen ‖ Python, SQL"). Whatever stands right of the gap shares its
     * baseline with a short cell left of it; a page column beside another has lines of its own.
     */
    static boolean isGrid(List<Row> band, float x) {
        int paired = 0;
        // one wrapped cell may close the table on a line of its own ("… over the baseline" under its last row)
        boolean wrapAllowed = true;
        boolean previousPaired = false;
        for (Row row : band) {
            boolean right = false;
            boolean left = false;
            boolean label = false;
            boolean allShort = true;
            for (Cell c : row.cells()) {
                int words = c.text().split("\\s+").length;
                right |= c.x0() >= x;
                left |= c.x1() <= x;
                label |= c.x1() <= x && words <= 3;
                allShort &= words <= 4;
            }
            boolean pairedRow = right && (label || left && allShort);
            if (right && !pairedRow) {
                if (!(wrapAllowed && previousPaired && !left)) {
                    return false;
                }
                wrapAllowed = false;
            }
            previousPaired = pairedRow;
            paired += pairedRow ? 1 : 0;
        }
        return paired >= 3;
    }
}
