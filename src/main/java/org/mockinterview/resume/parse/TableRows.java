package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mockinterview.resume.parse.TableColumns.Column;

/** One row of a table under column headers: where it starts, and the entry it is printed as. */
final class TableRows {

    /** Where a cell's text starts a new sentence: each one is read as a bullet of the entry. */
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!?;])\\s+(?=\\p{Lu})");

    private TableRows() {
    }

    /**
     * The cells of a line that starts a row, one list per column, or null when the line starts none. A line with
     * fewer cells than columns starts one when its cells fall in distinct columns: a narrow gap may merge the dates
     * with the next cell ("Sep 2019 – Dec 2021 Data Analyst"), which is split again at the end of the dates.
     */
    static List<List<String>> start(TextLine line, TextLine header, List<Column> columns) {
        int n = columns.size();
        List<List<String>> row = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            row.add(new ArrayList<>());
        }
        if (line.cells().size() == n) {
            for (int i = 0; i < n; i++) {
                row.get(i).add(line.cells().get(i).strip());
            }
            return row;
        }
        if (line.cells().size() < 2) {
            return null;
        }
        for (int i = 0; i < line.cells().size(); i++) {
            int c = TableColumns.column(line.cellX().get(i), header.cellX());
            if (!row.get(c).isEmpty()) {
                return null;
            }
            row.get(c).add(line.cells().get(i).strip());
        }
        int dates = columns.indexOf(Column.DATES);
        if (dates < 0 || row.get(dates).isEmpty()) {
            return null;
        }
        String cell = row.get(dates).getFirst();
        Optional<DatePatterns.Found> found = DatePatterns.find(cell);
        if (found.isEmpty() || found.get().start() > 0) {
            return null;
        }
        String rest = cell.substring(found.get().end()).strip();
        if (!rest.isEmpty()) {
            if (dates + 1 >= n || !row.get(dates + 1).isEmpty()) {
                return null;
            }
            row.get(dates).set(0, cell.substring(0, found.get().end()).strip());
            row.get(dates + 1).add(rest);
        }
        return row;
    }

    /** The row's first line with one cell per column, at the row's own x where it has a cell, else the header's. */
    static TextLine rowLine(TextLine line, TextLine header, List<List<String>> row) {
        if (line.cells().size() == row.size()) {
            return line;
        }
        List<String> cells = new ArrayList<>();
        List<Float> xs = new ArrayList<>();
        for (int c = 0; c < row.size(); c++) {
            cells.add(row.get(c).isEmpty() ? "" : row.get(c).getFirst());
            xs.add(header.cellX().get(c));
        }
        for (int i = 0; i < line.cells().size(); i++) {
            xs.set(TableColumns.column(line.cellX().get(i), header.cellX()), line.cellX().get(i));
        }
        return line.withCells(cells, xs);
    }

    /**
     * The row as a resume prints an entry: the title (bold, as a header) with the dates right of it, then the
     * organization with the place right of it, then the entry's text as bullets. A column of both ("Employer &amp;
     * Role") holds one on its first line and the other below.
     */
    static List<TextLine> asEntry(List<Column> columns, List<List<String>> row, TextLine rowLine) {
        Map<Column, String> fields = new EnumMap<>(Column.class);
        for (int i = 0; i < columns.size(); i++) {
            List<String> pieces = row.get(i).stream().filter(p -> !p.isBlank()).toList();
            if (pieces.isEmpty()) {
                continue;
            }
            String rest = TableGrid.join(pieces.subList(1, pieces.size()));
            // a column of both holds one on its first line and the other below it
            Column first = switch (columns.get(i)) {
                case ORGANIZATION_THEN_TITLE -> Column.ORGANIZATION;
                case TITLE_THEN_ORGANIZATION -> Column.TITLE;
                default -> null;
            };
            if (columns.get(i) == Column.ORGANIZATION && placeLast(pieces)) {
                // an organization's column often ends in its town, on a line of its own
                fields.putIfAbsent(Column.PLACE, pieces.getLast());
                pieces = pieces.subList(0, pieces.size() - 1);
            }
            if (first == null && columns.get(i) == Column.DATES && fields.containsKey(Column.DATES)) {
                // "From ‖ To": the end of the range in a column of its own
                fields.put(Column.DATES, fields.get(Column.DATES) + " – " + String.join(" ", pieces));
                continue;
            }
            if (first == null && columns.get(i) == Column.TEXT && fields.containsKey(Column.TEXT)) {
                // "Tools ‖ Outcome": each text column of a row is a bullet of its own
                fields.put(Column.TEXT, fields.get(Column.TEXT) + "\n" + TableGrid.join(pieces));
                continue;
            }
            if (first == null) {
                fields.putIfAbsent(columns.get(i), TableGrid.join(pieces));
                continue;
            }
            fields.putIfAbsent(first, pieces.getFirst());
            if (!rest.isBlank()) {
                fields.putIfAbsent(first == Column.ORGANIZATION ? Column.TITLE : Column.ORGANIZATION, rest);
            }
        }
        List<TextLine> out = new ArrayList<>();
        float gap = rowLine.gapAbove();
        boolean bold = true;
        for (List<Column> pair : List.of(List.of(Column.TITLE, Column.DATES), List.of(Column.ORGANIZATION, Column.PLACE))) {
            List<String> cells = new ArrayList<>();
            List<Float> xs = new ArrayList<>();
            for (Column want : pair) {
                String value = fields.getOrDefault(want, "");
                if (!value.isBlank()) {
                    cells.add(value);
                    xs.add(cells.size() == 1 ? rowLine.x0() : rowLine.x0() + rowLine.size() * 20);
                }
            }
            if (!cells.isEmpty()) {
                out.add(new TextLine(cells, xs, rowLine.size(), bold, rowLine.x0(), gap, rowLine.page(), rowLine.x1()));
                gap = 0;
            }
            bold = false;
        }
        String text = fields.get(Column.TEXT);
        if (text != null && !out.isEmpty()) {
            // the wrapped lines of a cell are one text; each sentence is read as one of the entry's bullets
            for (String sentence : text.lines().flatMap(SENTENCE_END::splitAsStream).toList()) {
                // each bullet is whole already and set in under its title, as a list is: it ends short of the edge,
                // so the next row's title is not read as its wrapped end
                float indent = rowLine.x0() + rowLine.size();
                out.add(new TextLine(List.of("• " + sentence), List.of(indent), rowLine.size(), false,
                        indent, 0, rowLine.page(), indent + 1));
            }
        }
        return out;
    }

    /** The last of three or more lines is a place with its country ("Leeds, UK"); of two, it may end the name. */
    private static boolean placeLast(List<String> pieces) {
        return pieces.size() >= 3 && DatePatterns.isPlace(pieces.getLast());
    }
}
