package org.mockinterview.resume.parse;

import java.util.List;

import org.mockinterview.resume.parse.LineBuilder.Cell;
import org.mockinterview.resume.parse.LineBuilder.Row;

/**
 * Finds a vertical whitespace gutter on a page or a band of it (two columns, or a sidebar next to the body);
 * {@link ColumnBands} reads the columns it finds in order.
 */
final class ColumnDetector {

    private ColumnDetector() {
    }

    /** The x of the gutter, or NaN when the page is one column. */
    static float gutter(List<Row> rows, float pageWidth) {
        int totalChars = rows.stream().flatMap(r -> r.cells().stream()).mapToInt(c -> c.text().length()).sum();
        if (rows.size() < 8 || totalChars == 0) {
            return Float.NaN;
        }
        float best = Float.NaN;
        int bestCrossing = Integer.MAX_VALUE;
        int bestBalance = -1;
        int allowedCrossing = Math.max(2, rows.size() / 10);
        // classified once per cell, not once per candidate gutter position: the regexes dominate otherwise
        java.util.Map<Cell, Boolean> meta = new java.util.IdentityHashMap<>();
        java.util.Map<Cell, Boolean> prose = new java.util.IdentityHashMap<>();
        for (Row row : rows) {
            for (Cell c : row.cells()) {
                meta.put(c, CellKinds.isMeta(c.text()));
                prose.put(c, CellKinds.isProse(c.text()));
            }
        }
        // headings sit at the left edge above a gutter of dates too; only body-sized cells say what a column holds
        float bodySize = CellKinds.bodySize(rows);
        java.util.function.Predicate<Cell> counted = c -> c.size() < 1.2f * bodySize;
        for (float x = 0.15f * pageWidth; x <= 0.85f * pageWidth; x += 2f) {
            int crossing = 0;
            int leftChars = 0;
            int rightChars = 0;
            int leftRows = 0;
            int rightRows = 0;
            int rightProse = 0;
            int rightCells = 0;
            int leftCells = 0;
            int leftMeta = 0;
            int rightMeta = 0;
            for (Row row : rows) {
                boolean left = false;
                boolean right = false;
                for (Cell c : row.cells()) {
                    if (c.x0() < x - 1 && c.x1() > x + 1) {
                        crossing++;
                        left = right = false;
                        break;
                    }
                    int n = counted.test(c) ? 1 : 0;
                    if (c.x1() <= x) {
                        leftChars += c.text().length();
                        left = true;
                        leftCells += n;
                        leftMeta += meta.get(c) ? n : 0;
                    } else {
                        rightChars += c.text().length();
                        right = true;
                        rightCells += n;
                        rightProse += prose.get(c) ? n : 0;
                        rightMeta += meta.get(c) ? n : 0;
                    }
                }
                leftRows += left ? 1 : 0;
                rightRows += right ? 1 : 0;
            }
            if (crossing > allowedCrossing || leftRows < 4 || rightRows < 4
                    || leftChars < 0.05 * totalChars || rightChars < 0.05 * totalChars) {
                continue;
            }
            // a column of right-aligned dates and locations beside one-column text is not a second column
            // nor is a gutter of dates beside the entries (moderncv)
            // a real column is prose, or at least left-aligned (tags, quotes, short lists): right-aligned dates are not
            boolean column = rightProse >= 0.25 * rightCells || aligned(rows, x, false, true) >= 0.5
                    || aligned(rows, x, true, true) >= 0.5;
            // labels right-aligned against the text (moderncv's dates and labels) are a gutter, not a column
            // and text right-aligned to the margin (organisations, places, dates beside titles) is not one either
            boolean gutterOfLabels = rightEdgeShare(rows, x) >= 0.6 || marginAligned(rows, x) >= 0.6;
            if (!column || gutterOfLabels || leftMeta * 2 >= leftCells || rightMeta * 2 >= rightCells
                    || LabelColumn.at(rows, x)) {
                continue;
            }
            int balance = Math.min(leftChars, rightChars);
            if (crossing < bestCrossing || crossing == bestCrossing && balance > bestBalance) {
                best = x;
                bestCrossing = crossing;
                bestBalance = balance;
            }
        }
        return Float.isNaN(best) ? best : centred(rows, best, bestCrossing);
    }

    /**
     * The middle of the whitespace around a chosen gutter: the scan keeps the first good position, which may touch
     * a right-aligned date of the left column and hand it to the right one.
     */
    private static float centred(List<Row> rows, float x, int crossing) {
        float lo = x;
        float hi = x;
        while (lo - x > -60 && crossings(rows, lo - 1) <= crossing) {
            lo--;
        }
        while (hi - x < 60 && crossings(rows, hi + 1) <= crossing) {
            hi++;
        }
        return (lo + hi) / 2;
    }

    /** Rows with a cell running across x (strictly: a cell ending exactly at x does not cross it). */
    static int crossings(List<Row> rows, float x) {
        int n = 0;
        for (Row row : rows) {
            for (Cell c : row.cells()) {
                if (c.x0() < x && c.x1() > x) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }


    /**
     * Share of the rows with a cell on one side of x (right of it, or left) whose first cell there starts (or,
     * centred, has its middle) at the most common position, within 3 pt.
     */
    static double aligned(List<Row> rows, float x, boolean centred, boolean right) {
        java.util.Map<Integer, Integer> starts = new java.util.HashMap<>();
        int n = 0;
        for (Row row : rows) {
            for (Cell c : row.cells()) {
                if (right == c.x0() >= x) {
                    starts.merge(Math.round((centred ? (c.x0() + c.x1()) / 2 : c.x0()) / 3f), 1, Integer::sum);
                    n++;
                    break;
                }
            }
        }
        if (n < 4) {
            return 0;
        }
        int best = 0;
        for (var e : starts.entrySet()) {
            int near = e.getValue() + starts.getOrDefault(e.getKey() - 1, 0) + starts.getOrDefault(e.getKey() + 1, 0);
            best = Math.max(best, near);
        }
        return (double) best / n;
    }

    /** Share of the short cells left of x that end at the most common right edge there, within 3 pt. */
    private static double rightEdgeShare(List<Row> rows, float x) {
        java.util.Map<Integer, Integer> ends = new java.util.HashMap<>();
        int n = 0;
        for (Row row : rows) {
            Cell last = null;
            for (Cell c : row.cells()) {
                if (c.x1() <= x) {
                    last = c;
                }
            }
            if (last != null) {
                n++;
                // form labels run to six words ("Name and type of organisation providing"); prose runs longer
                if (last.text().split("\\s+").length <= 6) {
                    ends.merge(Math.round(last.x1() / 3f), 1, Integer::sum);
                }
            }
        }
        int best = ends.values().stream().max(Integer::compare).orElse(0);
        return n < 4 ? 0 : (double) best / n;
    }

    /** Share of the rows right of x whose last cell is a short label ending at the most common right edge there. */
    private static double marginAligned(List<Row> rows, float x) {
        java.util.Map<Integer, Integer> ends = new java.util.HashMap<>();
        int n = 0;
        for (Row row : rows) {
            Cell last = row.cells().get(row.cells().size() - 1);
            if (last.x0() >= x) {
                n++;
                // justified text also ends at the margin: only short labels count
                if (last.text().split("\\s+").length <= 5) {
                    ends.merge(Math.round(last.x1() / 3f), 1, Integer::sum);
                }
            }
        }
        int best = 0;
        for (var e : ends.entrySet()) {
            best = Math.max(best, e.getValue() + ends.getOrDefault(e.getKey() + 1, 0));
        }
        return n < 3 ? 0 : (double) best / n;
    }
}
