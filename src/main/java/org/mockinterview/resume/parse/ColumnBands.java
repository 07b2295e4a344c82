package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.mockinterview.resume.parse.LineBuilder.Cell;
import org.mockinterview.resume.parse.LineBuilder.Row;

/**
 * Reading order for pages whose columns start part-way down, as HTML and CSS layouts print them: section
 * headings set side by side open one column each, and a grid of cards under a full-width section is read card
 * column by card column. A page with one gutter from top to bottom is left to {@link ColumnDetector}.
 */
final class ColumnBands {

    /** Columns inside columns (a two-column list in a side column), no deeper. */
    private static final int MAX_DEPTH = 2;
    /** How far, in points, a later page's gutter may lie from the form's label column and still be it. */
    private static final float FORM_GUTTER_SLACK = 12f;

    /** How many rows under a side-by-side heading show where its column starts. */
    private static final int ROWS_BELOW = 8;
    /** How far left of its heading, in ems, a column's text may start (a list outdented under it). */
    private static final float LEFT_EMS = 2f;

    private ColumnBands() {
    }

    static List<Row> readingOrder(List<Row> rows, float pageWidth) {
        return order(rows, pageWidth, 0);
    }

    /**
     * The reading order of a page after one whose label column ended at formGutter: a gutter found at the same
     * place is that table going on (its labels beside their values), so the rows stay rows.
     */
    static List<Row> readingOrder(List<Row> rows, float pageWidth, float formGutter) {
        if (!Float.isNaN(formGutter) && sideBySideHeadings(rows) < 0
                && Math.abs(ColumnDetector.gutter(rows, pageWidth) - formGutter) <= FORM_GUTTER_SLACK) {
            return rows;
        }
        return order(rows, pageWidth, 0);
    }

    private static List<Row> order(List<Row> rows, float pageWidth, int depth) {
        if (rows.isEmpty()) {
            return rows;
        }
        int h = depth < MAX_DEPTH ? sideBySideHeadings(rows) : -1;
        if (h >= 0) {
            Row headings = rows.get(h);
            List<Float> splits = headings.cells().stream().skip(1).map(c -> columnStart(rows, h, c.x0()) - 1).toList();
            int end = h + 1;
            while (end < rows.size() && !crosses(rows.get(end), splits) && !opensSection(rows, end, headings, splits)) {
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
            return ColumnHeaders.headerAcross(rows, x) || BandSearch.isGrid(rows, x) || headingMargin(rows, x)
                    ? rows : BandSplit.split(rows, x, null);
        }
        BandSearch.Band band = depth < MAX_DEPTH ? BandSearch.band(rows, pageWidth) : null;
        if (band == null || ColumnHeaders.headerAcross(rows.subList(band.start(), band.end()), band.gutter())
                || BandSearch.isGrid(rows.subList(band.start(), band.end()), band.gutter())
                || headingMargin(rows.subList(band.start(), band.end()), band.gutter())) {
            return rows;
        }
        List<Row> out = new ArrayList<>(order(rows.subList(0, band.start()), pageWidth, depth));
        Row above = band.start() > 0 ? rows.get(band.start() - 1) : null;
        out.addAll(BandSplit.split(rows.subList(band.start(), band.end()), band.gutter(), above,
                inside(pageWidth, depth)));
        out.addAll(order(rows.subList(band.end(), rows.size()), pageWidth, depth));
        return out;
    }

    /** How a column split off at this depth is read: a third column of cards beside two is a band inside one side. */
    private static UnaryOperator<List<Row>> inside(float pageWidth, int depth) {
        return depth + 1 < MAX_DEPTH ? column -> order(column, pageWidth, depth + 1) : UnaryOperator.identity();
    }

    /**
     * A left margin that holds nothing but section headings, each beside its section: the headings belong to the rows
     * they sit on, not to a column read before the body.
     */
    private static boolean headingMargin(List<Row> rows, float x) {
        int left = 0;
        int headings = 0;
        for (Row row : rows) {
            for (Cell c : row.cells()) {
                if (c.x1() <= x) {
                    left++;
                    headings += HeadingVocabulary.kindOf(c.text()).isPresent() ? 1 : 0;
                }
            }
        }
        return left >= 2 && headings * 5 >= left * 4;
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

    /**
     * A lone heading styled like the band's headings, with full-width text soon under it: the next section, even
     * when its title and the dates beside it are short enough to fit the band's columns.
     */
    private static boolean opensSection(List<Row> rows, int r, Row headings, List<Float> splits) {
        Row row = rows.get(r);
        Cell first = headings.cells().get(0);
        // a heading inside the first column (a left column of stacked sections) has no full-width text under it
        boolean fullWidthBelow = rows.subList(r + 1, Math.min(rows.size(), r + 5)).stream()
                .anyMatch(next -> crosses(next, splits));
        if (!fullWidthBelow) {
            return false;
        }
        if (row.cells().isEmpty()) {
            return false;
        }
        Cell c = row.cells().get(0);
        boolean alone = row.cells().size() == 1 || row.cells().get(1).x0() - c.x1() > 0.5f * (c.x1() - c.x0());
        return alone && row.cells().size() <= 2 && Math.abs(c.size() - first.size()) <= 0.5f
                && c.bold() == first.bold() && Math.abs(c.x0() - first.x0()) <= 2 * c.size()
                && HeadingVocabulary.kindOf(c.text()).isPresent();
    }

    /**
     * Rows under row i (the next eight) with a cell starting within two ems left of x, or up to eight ems right of
     * it: a column whose entries sit right of a gutter of dates starts under its heading too.
     */
    private static int startsBelow(List<Row> rows, int i, float x) {
        int n = 0;
        for (Row row : rows.subList(i + 1, Math.min(rows.size(), i + 1 + ROWS_BELOW))) {
            n += row.cells().stream().anyMatch(c -> c.x0() - x >= -LEFT_EMS * c.size() && c.x0() - x <= 8 * c.size())
                    ? 1 : 0;
        }
        return n;
    }

    /**
     * Where the column under a heading starting at x begins: its text may start a little left of the heading (a
     * list's items outdented under it), within the two ems that {@link #startsBelow} allows, never right of it.
     */
    private static float columnStart(List<Row> rows, int i, float x) {
        float start = x;
        for (Row row : rows.subList(i + 1, Math.min(rows.size(), i + 1 + ROWS_BELOW))) {
            for (Cell c : row.cells()) {
                if (c.x0() < start && x - c.x0() <= LEFT_EMS * c.size()) {
                    start = c.x0();
                }
            }
        }
        return start;
    }

    static boolean crosses(Row row, float x) {
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
}
