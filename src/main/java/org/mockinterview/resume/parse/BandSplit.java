package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.mockinterview.resume.parse.LineBuilder.Cell;
import org.mockinterview.resume.parse.LineBuilder.Row;

/** The reading order of rows parted by a gutter: each band between full-width rows, left column first. */
final class BandSplit {

    private BandSplit() {
    }

    /**
     * Rows split at a gutter x: each band between full-width rows is read left column first. above is the row over
     * the first one, when the band starts part-way down the page: it may be the heading over both columns.
     */
    static List<Row> split(List<Row> rows, float x, Row above) {
        return split(rows, x, above, UnaryOperator.identity());
    }

    /** As {@link #split(List, float, Row)}, with each band's two columns read in the order inner gives them. */
    static List<Row> split(List<Row> rows, float x, Row above, UnaryOperator<List<Row>> inner) {
        List<Row> out = new ArrayList<>();
        List<Row> left = new ArrayList<>();
        List<Row> right = new ArrayList<>();
        SpanningHeadings spanning = new SpanningHeadings(CellKinds.bodySize(rows), above, x);
        for (Row row : rows) {
            if (ColumnBands.crosses(row, x)) {
                flush(out, left, right, true, inner);
                out.add(row);
                spanning.reset();
                continue;
            }
            List<Cell> l = row.cells().stream().filter(c -> c.x1() <= x).toList();
            List<Cell> r = row.cells().stream().filter(c -> c.x1() > x).toList();
            if (spanning.ends(l, r, !right.isEmpty())) {
                flush(out, left, right, false, inner);
                spanning.reset();
            }
            spanning.see(l, r, !right.isEmpty());
            if (!l.isEmpty()) {
                left.add(new Row(l.get(0).y(), l));
            }
            if (!r.isEmpty()) {
                right.add(new Row(r.get(0).y(), r));
            }
        }
        flush(out, left, right, false, inner);
        return out;
    }

    /**
     * One band: the left column, then the right one. A section heading in the left column below the end of the
     * right one, right above a full-width row, opens a full-width section ("Skills" under a grid of cards, too short
     * to cross the gutter): it is read after the right column, not before it. A longer left column keeps its tail.
     */
    private static void flush(List<Row> out, List<Row> left, List<Row> right, boolean fullWidthNext,
                              UnaryOperator<List<Row>> inner) {
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
        out.addAll(cut == 0 ? List.of() : inner.apply(List.copyOf(left.subList(0, cut))));
        out.addAll(right.isEmpty() ? right : inner.apply(List.copyOf(right)));
        out.addAll(left.subList(cut, left.size()));
        left.clear();
        right.clear();
    }
}
