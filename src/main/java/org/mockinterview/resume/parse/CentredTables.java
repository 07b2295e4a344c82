package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables whose header cells are centred over their columns ("Proyecto" over names that start well left of it) and
 * whose rows are padded apart, their cells centred in the row's height, so a row's columns start on different
 * lines: each row is rebuilt as one line of one cell per column, ready to be read as the header's other rows are.
 */
final class CentredTables {

    private CentredTables() {
    }

    /** The lines with each such table's rows rebuilt; other lines unchanged. */
    static List<TextLine> regroup(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine header = lines.get(i);
            if (!ColumnHeaders.isHeaderRow(header)) {
                out.add(header);
                continue;
            }
            TextLine heading = i + 1 < lines.size() ? marginHeading(header, lines.get(i + 1)) : null;
            if (heading != null) {
                // "Projekte ‖ Projektname ‖ Technologien ‖ …": the section's heading in the margin, on the header's line
                out.add(heading);
                header = header.withoutFirstCell();
                header = new TextLine(header.cells(), header.cellX(), header.size(), header.bold(),
                        header.cellX().getFirst(), 0, header.page(), header.x1());
            }
            out.add(header);
            int end = i + 1;
            while (end < lines.size() && inTable(lines.get(end), header)) {
                end++;
            }
            List<TextLine> body = lines.subList(i + 1, end);
            if (!centred(header, body)) {
                continue;
            }
            List<List<TextLine>> rows = new ArrayList<>();
            for (TextLine line : body) {
                if (rows.isEmpty() || line.gapAbove() >= 0.25f * line.size()) {
                    rows.add(new ArrayList<>());
                }
                rows.getLast().add(line);
            }
            // a block all in the first column ("Roles & Responsibilities:" and its lines) is no row: it stays as printed
            for (List<TextLine> row : rows) {
                if (columnsHeld(row, header) >= 2) {
                    out.add(asLine(row, header));
                } else {
                    out.addAll(row);
                }
            }
            i = end - 1;
        }
        return out;
    }

    /** Under the header until a heading, a larger line, a section's gap or the page's end. */
    private static boolean inTable(TextLine line, TextLine header) {
        boolean heading = line.cells().size() == 1 && HeadingVocabulary.kindOf(line.text()).isPresent();
        return line.page() == header.page() && !heading && line.size() <= header.size() + 0.5f
                && line.gapAbove() < 0.8f * line.size() && !ColumnHeaders.isHeaderRow(line);
    }

    /**
     * A section heading in the margin before a header row on the same line (its first cell a heading word, far left
     * of the next and of the rows under it, the rest a header row by itself), as a line of its own; null for any
     * other header row.
     */
    private static TextLine marginHeading(TextLine header, TextLine next) {
        List<String> cells = header.cells();
        // the rows start right of the margin: no column of theirs stands under the heading
        if (cells.size() < 3 || header.cellX().get(1) - header.cellX().getFirst() < 60
                || next.x0() < header.cellX().get(1) - 40
                || HeadingVocabulary.kindOf(cells.getFirst()).isEmpty()
                || !ColumnHeaders.isHeaderRow(header.withoutFirstCell())
                // a heading names the section, and another cell names its column ("Projekte" beside "Projektname");
                // a first column's own header ("Institute") names a column no other cell names
                || cells.subList(1, cells.size()).stream().map(ColumnHeaders::header)
                        .noneMatch(c -> c == ColumnHeaders.header(cells.getFirst()))) {
            return null;
        }
        return new TextLine(List.of(cells.getFirst()), List.of(header.x0()), header.size(), header.bold(), header.x0(),
                header.gapAbove(), header.page(), header.cellX().get(1) - 1);
    }

    /**
     * The first column's cells start well left of its header: the header is centred over its column. A table whose
     * rows were rebuilt from cells beside each other's middles already is left as it is.
     */
    private static boolean centred(TextLine header, List<TextLine> body) {
        if (body.size() < 2 || body.stream().anyMatch(l -> l.gapAbove() == TableGrid.REST_OF_ROW)) {
            return false;
        }
        double left = body.stream().mapToDouble(TextLine::x0).min().orElse(header.cellX().getFirst());
        return left < header.cellX().getFirst() - 10;
    }

    /** The row as one line: each column's pieces, top to bottom, joined, at the header's positions. */
    private static TextLine asLine(List<TextLine> row, TextLine header) {
        List<Float> starts = header.cellX();
        List<StringBuilder> columns = new ArrayList<>();
        starts.forEach(s -> columns.add(new StringBuilder()));
        for (TextLine line : row) {
            for (int c = 0; c < line.cells().size(); c++) {
                StringBuilder column = columns.get(nearest(line.cellX().get(c), starts));
                String piece = line.cells().get(c).strip();
                String joined = column.isEmpty() ? piece : TextRepair.joinWrapped(column.toString(), piece);
                column.setLength(0);
                column.append(joined);
            }
        }
        TextLine first = row.getFirst();
        return new TextLine(columns.stream().map(StringBuilder::toString).toList(), starts, first.size(), first.bold(),
                starts.getFirst(), first.gapAbove(), first.page(), header.x1());
    }

    /** How many of the header's columns the block's cells fall in. */
    private static long columnsHeld(List<TextLine> row, TextLine header) {
        return row.stream().flatMap(l -> l.cellX().stream()).map(x -> nearest(x, header.cellX())).distinct().count();
    }

    /** The header cell nearest to where a cell starts: a centred header may start right or left of its cells. */
    private static int nearest(float x, List<Float> starts) {
        int best = 0;
        for (int c = 1; c < starts.size(); c++) {
            if (Math.abs(starts.get(c) - x) < Math.abs(starts.get(best) - x)) {
                best = c;
            }
        }
        return best;
    }
}
