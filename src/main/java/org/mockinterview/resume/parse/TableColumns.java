package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads tables under a row of column headers ("Organization ‖ Designation ‖ Duration", "Degree ‖ Institute ‖
 * Year"): each table row comes out as a resume prints an entry (title, organization, dates, place on their own
 * lines), and a cell that wrapped onto the next line is joined to the cell it continues.
 */
final class TableColumns {

    /** What a column holds. */
    enum Column {
        TITLE, ORGANIZATION, DATES, PLACE, OTHER, ORGANIZATION_THEN_TITLE, TITLE_THEN_ORGANIZATION,
        /** The entry's own text: what was done there ("Highlights", "Description"). */
        TEXT
    }

    private TableColumns() {
    }

    /** The lines with every table under a header row read as entries; unchanged when there is no such table. */
    static List<TextLine> read(List<TextLine> lines) {
        lines = CentredTables.regroup(TableGrid.regroup(lines.stream().map(ColumnHeaders::withMergedHeadersSplit).toList()));
        if (lines.stream().noneMatch(ColumnHeaders::isHeaderRow)) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>();
        List<Column> columns = null;
        TextLine header = null;
        float rowSize = 0; // the size of the table's text: a larger line after it is a heading
        List<List<String>> row = null; // each column's pieces, one per printed line
        TextLine rowLine = null;
        boolean afterHeader = false;
        boolean serialHeader = false; // "S.No Organization": the rows' numbers stand in a cell of their own
        for (TextLine line : lines) {
            if (ColumnHeaders.isHeaderRow(line)) {
                flush(out, columns, row, rowLine);
                row = null;
                header = line;
                rowSize = line.size();
                columns = line.cells().stream().map(ColumnHeaders::header).toList();
                serialHeader = ColumnHeaders.SERIAL_HEAD.matcher(FormLabels.fold(line.cells().getFirst())).lookingAt();
                afterHeader = true;
                continue;
            }
            if (afterHeader && headerRest(line, header)) {
                continue; // the wrapped end of a header cell ("CGPA /" over "%")
            }
            if (header != null && !afterHeader && line.hasFont() && line.size() > rowSize + 0.5f) {
                flush(out, columns, row, rowLine);
                row = null;
                header = null; // a heading: the table has ended
            }
            afterHeader = false;
            if (header == null) {
                out.add(line.gapAbove() < 0 ? line.withGap(0) : line);
                continue;
            }
            line = withoutSerial(line, serialHeader, columns.size());
            if (row != null && continues(line, rowLine, columns, row)) {
                for (int i = 0; i < line.cells().size(); i++) {
                    row.get(column(line.cellX().get(i), rowLine.cellX())).add(line.cells().get(i).strip());
                }
                continue;
            }
            flush(out, columns, row, rowLine);
            row = TableRows.start(line, header, columns);
            if (row != null) {
                rowLine = TableRows.rowLine(line, header, row);
                rowSize = Math.max(rowSize, line.size());
            } else {
                out.add(line.gapAbove() < 0 ? line.withGap(0) : line);
            }
        }
        flush(out, columns, row, rowLine);
        return out;
    }



    /** A row's serial number in a cell of its own when its header ran into the next one's: the number is dropped. */
    private static TextLine withoutSerial(TextLine line, boolean serialHeader, int columns) {
        if (serialHeader && line.cells().size() == columns + 1
                && FormLabels.SERIAL.matcher(line.cells().getFirst().strip()).matches()) {
            return line.withoutFirstCell();
        }
        return line;
    }


    /** A short fragment just under the header row, set like it: the wrapped end of a header cell. */
    private static boolean headerRest(TextLine line, TextLine header) {
        return line.gapAbove() < header.size() * 0.5f && line.bold() == header.bold()
                && line.cells().stream().allMatch(c -> c.strip().length() <= 3);
    }

    /**
     * A line right under a row, with no more than a quarter line between, whose cells fall in the row's columns:
     * the wrapped rest of the row's cells. It has no cell in the dates column unless the row's dates end open
     * ("Sept. 2021 –" over "Present"): dates rarely wrap, and a new row has them.
     */
    private static boolean continues(TextLine line, TextLine rowLine, List<Column> columns, List<List<String>> row) {
        if (line.gapAbove() == TableGrid.REST_OF_ROW) {
            return true; // a row TableGrid rebuilt from cells printed beside each other's middles
        }
        if (line.gapAbove() > rowLine.size() * 0.25f || line.page() != rowLine.page()
                || line.x0() < rowLine.cellX().get(0) - 3) {
            return false;
        }
        int dates = columns.indexOf(Column.DATES);
        boolean openRange = dates >= 0 && DatePatterns.endsOpen(row.get(dates).getLast());
        return openRange || line.cellX().stream().noneMatch(x -> column(x, rowLine.cellX()) == dates);
    }

    /** The column a cell starting at x falls in: the last one starting at or left of it. */
    static int column(float x, List<Float> starts) {
        int c = 0;
        while (c + 1 < starts.size() && starts.get(c + 1) <= x + 3) {
            c++;
        }
        return c;
    }

    private static void flush(List<TextLine> out, List<Column> columns, List<List<String>> row, TextLine rowLine) {
        if (row != null) {
            out.addAll(TableRows.asEntry(columns, row, rowLine));
        }
    }
}
