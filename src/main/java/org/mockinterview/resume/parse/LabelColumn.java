package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

import org.mockinterview.resume.parse.LineBuilder.Cell;
import org.mockinterview.resume.parse.LineBuilder.Row;

/** The label column of a table set as text (a Lebenslauf's dates, a form's field names) beside its values. */
final class LabelColumn {

    private LabelColumn() {
    }

    /**
     * Where a table's label column ends on this page (a Lebenslauf's or a form's labels beside their values), or
     * NaN: a later page whose gutter falls there continues the table, though its own rows may be too few to tell.
     */
    static float gutter(List<Row> rows, float pageWidth) {
        int allowed = Math.max(2, rows.size() / 10);
        float first = Float.NaN;
        float last = Float.NaN;
        for (float x = 0.15f * pageWidth; x <= 0.6f * pageWidth; x += 2f) {
            // the page's title and the name over the table run across its gutter; they are no part of it
            boolean label = ColumnDetector.crossings(rows.subList(firstPaired(rows, x), rows.size()), x) <= allowed
                    && at(rows, x);
            if (label) {
                first = Float.isNaN(first) ? x : first;
                last = x;
            } else if (!Float.isNaN(first)) {
                break;
            }
        }
        // the middle of the whitespace, as the gutter scan reports a gutter
        return Float.isNaN(first) ? first : (first + last) / 2;
    }

    /** The first row with a cell left of x and one right of it: where a table begins. 0 when there is none. */
    private static int firstPaired(List<Row> rows, float x) {
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = rows.get(r).cells();
            if (cells.stream().anyMatch(c -> c.x1() <= x + 1) && cells.stream().anyMatch(c -> c.x0() >= x - 1)) {
                return r;
            }
        }
        return 0;
    }

    /**
     * A table's label column (a Lebenslauf's or Europass's dates and labels): short cells, nearly each on the first
     * line of a longer block to its right, so the left side has far fewer rows than the right. A sidebar's lines
     * run on by themselves.
     */
    static boolean at(List<Row> rows, float x) {
        int leftRows = 0;
        int paired = 0;
        int shortLeft = 0;
        int rightRows = 0;
        List<Cell> pairedLabels = new ArrayList<>();
        for (Row row : rows.subList(0, tableEnd(rows, x))) {
            Cell left = null;
            boolean right = false;
            for (Cell c : row.cells()) {
                // the same point of tolerance as the gutter scan: a cell starting a fraction left of x is right of it
                if (c.x1() <= x + 1 && left == null) {
                    left = c;
                } else if (c.x0() >= x - 1) {
                    right = true;
                }
            }
            rightRows += right ? 1 : 0;
            if (left != null && !right && left.bold()) {
                continue; // a section heading at the left edge, over the table
            }
            if (left != null) {
                leftRows++;
                paired += right ? 1 : 0;
                shortLeft += left.text().split("\\s+").length <= 4 ? 1 : 0;
                if (right) {
                    pairedLabels.add(left);
                }
            }
        }
        if (leftRows < 3 || paired < 0.8 * leftRows || shortLeft < 0.8 * leftRows) {
            return false;
        }
        if (rightRows >= 1.5f * leftRows) {
            return true;
        }
        // a form's printed labels ("Periode", "Functie", "Werkgever") tell it from a sidebar even when each value
        // takes one line, as long as they sit beside their values; read only when the shape alone cannot tell
        // so do labels set off by a colon ("Inglés:") and a Lebenslauf's dates
        long formLabels = pairedLabels.stream().filter(c -> FormLabels.role(c.text()) != null
                || c.text().strip().endsWith(":") || CellKinds.isMeta(c.text())).count();
        return formLabels >= 4 && formLabels * 2 >= leftRows;
    }

    /**
     * Where the table's rows end: a closing place and date and the signature under it ("München, 12. März 2025")
     * stand alone at its left, up to three rows, one of them dated. A longer run alone at the left is a sidebar's.
     */
    private static int tableEnd(List<Row> rows, float x) {
        int end = rows.size();
        while (end > 0 && rows.size() - end < 3 && leftOnly(rows.get(end - 1), x)) {
            end--;
        }
        boolean dated = rows.subList(end, rows.size()).stream()
                .anyMatch(r -> r.cells().stream().anyMatch(c -> DatePatterns.hasDate(c.text())));
        boolean closesTable = end == 0 || !leftOnly(rows.get(end - 1), x);
        return dated && closesTable ? end : rows.size();
    }

    private static boolean leftOnly(Row row, float x) {
        return row.cells().stream().noneMatch(c -> c.x0() >= x - 1);
    }
}
