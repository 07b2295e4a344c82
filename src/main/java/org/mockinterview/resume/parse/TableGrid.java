package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds the rows of a table under column headers whose cells wrap onto several lines: a row's short cells are
 * printed beside the middle of its tall ones (vertically centred) or beside their first line, so printed lines mix
 * the pieces of one row with another's. Each column's pieces stacked at the line pitch form a cell; cells whose
 * vertical extents overlap form a row, printed as a table that aligns its cells at the top prints it (which
 * {@link TableColumns} reads). A header row that wrapped ("Year of" over "Passing") is joined into one line.
 */
final class TableGrid {

    /** How far apart two pieces of one cell may be, in line pitches, before they belong to different cells. */
    private static final float SAME_CELL = 1.3f;
    /** Beyond this many of its lines' height, a gap ends the table. */
    private static final float TABLE_GAP = 3f;

    /** The gap above a rebuilt row's later lines: they continue the row whatever their cells (see TableColumns). */
    static final float REST_OF_ROW = -1f;

    private record Piece(int column, float y, String text, TextLine line) {
    }

    private TableGrid() {
    }

    /** The lines with every wrapped table under a header row rebuilt row by row; other lines unchanged. */
    static List<TextLine> regroup(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int width = headerWidth(lines, i);
            if (width == 0) {
                out.add(lines.get(i++));
                continue;
            }
            TextLine header = width == 1 ? lines.get(i) : GridColumns.header(lines.subList(i, i + width));
            // the upper halves of two-line header cells ("Institute" over "University") printed just above it
            int above = 0;
            while (above < 2 && i - above - 1 >= 0 && out.size() > above && out.get(out.size() - above - 1)
                    == lines.get(i - above - 1) && headerPiece(lines.get(i - above - 1))) {
                above++;
            }
            if (above > 0 && tight(lines.subList(i - above, i + width))) {
                TextLine joined = GridColumns.header(lines.subList(i - above, i + width));
                if (ColumnHeaders.isHeaderRow(joined) && joined.cells().size() > header.cells().size()) {
                    out.subList(out.size() - above, out.size()).clear();
                    header = joined;
                }
            }
            out.add(header);
            i += width;
            List<TextLine> region = new ArrayList<>();
            float rowSize = header.size();
            TextLine last = header;
            while (i < lines.size() && inTable(lines.get(i), last, header, rowSize)) {
                TextLine line = lines.get(i++);
                last = line;
                rowSize = Math.max(rowSize, line.size());
                if (spans(line, header)) {
                    out.addAll(rows(region, header)); // a full-width row ("Description: …") between rows
                    region.clear();
                    out.add(line);
                } else {
                    region.add(line);
                }
            }
            out.addAll(rows(region, header));
        }
        return out;
    }

    /** How many lines from i make a header row: 1 to 4 when a header cell wrapped, 0 when none does. */
    private static int headerWidth(List<TextLine> lines, int i) {
        if (ColumnHeaders.isHeaderRow(lines.get(i))) {
            return 1;
        }
        for (int width = 4; width >= 2; width--) {
            if (i + width <= lines.size() && tight(lines.subList(i, i + width))
                    && ColumnHeaders.isHeaderRow(GridColumns.header(lines.subList(i, i + width)))) {
                return width;
            }
        }
        return 0;
    }

    /** A line of short cells, each a header word or the start of one: a header cell's upper half. */
    private static boolean headerPiece(TextLine line) {
        return line.cells().stream().allMatch(c -> c.strip().split("\\s+").length <= 3
                && (ColumnHeaders.header(c.strip()) != null || c.strip().endsWith("/")));
    }

    /** Lines on one page whose baselines follow at no more than a line and a half: one band of text. */
    private static boolean tight(List<TextLine> lines) {
        for (int k = 1; k < lines.size(); k++) {
            TextLine a = lines.get(k - 1);
            TextLine b = lines.get(k);
            if (Float.isNaN(a.y()) || Float.isNaN(b.y()) || a.page() != b.page() || b.y() <= a.y()
                    || b.y() - a.y() > 1.5f * Math.max(a.size(), b.size())) {
                return false;
            }
        }
        return true;
    }

    /** The line still belongs to the table: same page, no heading, no gap wider than a few lines. */
    private static boolean inTable(TextLine line, TextLine previous, TextLine header, float rowSize) {
        return !Float.isNaN(line.y()) && line.page() == previous.page() && line.y() > previous.y() - 0.5f
                && line.y() - previous.y() <= TABLE_GAP * Math.max(line.size(), previous.size()) + previous.size()
                && !(line.hasFont() && line.size() > rowSize + 0.5f) && !ColumnHeaders.isHeaderRow(line)
                && line.x0() >= header.x0() - 2 * header.size()
                // a section heading in capitals at the table's left edge or alone on its line, whatever its size
                && !((line.x0() <= header.x0() + 3 || line.cells().size() == 1)
                && HeadingClassifier.isCaps(line.cells().getFirst())
                && HeadingVocabulary.kindOf(line.cells().getFirst()).isPresent());
    }

    /** A line of one cell over the middle of two header cells or more: text across the table, not a cell's piece. */
    private static boolean spans(TextLine line, TextLine header) {
        if (line.cells().size() != 1) {
            return false;
        }
        return GridColumns.extents(header).stream()
                .filter(h -> line.x0() < GridColumns.mid(h) && line.x1() > GridColumns.mid(h)).count() >= 2;
    }

    /** The region's pieces regrouped into rows, top-aligned; a row made of one printed line stays that line. */
    private static List<TextLine> rows(List<TextLine> region, TextLine header) {
        if (region.size() < 2 || region.stream().allMatch(l -> l.cells().size() >= header.cells().size())) {
            return new ArrayList<>(region); // every line a whole row: nothing wrapped
        }
        List<Float> starts = header.cellX();
        List<int[]> columns = GridColumns.of(region, header);
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i < region.size(); i++) {
            TextLine line = region.get(i);
            for (int c = 0; c < line.cells().size(); c++) {
                pieces.add(new Piece(columns.get(i)[c], line.y(), line.cells().get(c).strip(), line));
            }
        }
        float pitch = pitch(pieces, starts.size(), region);
        // each column's pieces stacked at the line pitch are one cell: [top, bottom] of each
        List<float[]> cells = new ArrayList<>();
        for (int c = 0; c < starts.size(); c++) {
            float top = Float.NaN;
            float bottom = Float.NaN;
            for (Piece p : column(pieces, c)) {
                if (!Float.isNaN(bottom) && p.y() - bottom > SAME_CELL * pitch) {
                    cells.add(new float[] {top, bottom});
                    top = Float.NaN;
                }
                top = Float.isNaN(top) ? p.y() : top;
                bottom = p.y();
            }
            if (!Float.isNaN(top)) {
                cells.add(new float[] {top, bottom});
            }
        }
        // cells whose extents overlap are one row
        cells.sort(Comparator.comparingDouble(c -> c[0]));
        List<float[]> bands = new ArrayList<>();
        for (float[] c : cells) {
            if (!bands.isEmpty() && c[0] <= bands.getLast()[1] + 0.5f) {
                bands.getLast()[1] = Math.max(bands.getLast()[1], c[1]);
            } else {
                bands.add(new float[] {c[0], c[1]});
            }
        }
        List<TextLine> out = new ArrayList<>();
        for (float[] band : bands) {
            List<Piece> row = pieces.stream().filter(p -> p.y() >= band[0] - 0.5f && p.y() <= band[1] + 0.5f).toList();
            out.addAll(lines(row, starts));
        }
        return out;
    }

    /**
     * The usual distance between two lines of one cell: the smallest step within a column, else between the
     * region's lines. Measured, not taken from the font size: some producers scale the page under the text.
     */
    private static float pitch(List<Piece> pieces, int columns, List<TextLine> region) {
        float pitch = Float.MAX_VALUE;
        for (int c = 0; c < columns; c++) {
            List<Piece> col = column(pieces, c);
            for (int k = 1; k < col.size(); k++) {
                float step = col.get(k).y() - col.get(k - 1).y();
                if (step > 0.5f) {
                    pitch = Math.min(pitch, step);
                }
            }
        }
        for (int k = 1; pitch == Float.MAX_VALUE && k < region.size(); k++) {
            pitch = Math.max(0.5f, region.get(k).y() - region.get(k - 1).y());
        }
        return pitch == Float.MAX_VALUE ? region.getFirst().size() : pitch;
    }

    private static List<Piece> column(List<Piece> pieces, int c) {
        return pieces.stream().filter(p -> p.column() == c).sorted(Comparator.comparingDouble(Piece::y)).toList();
    }

    /**
     * A row as a table prints it with every cell aligned at the top: its first line holds each column's first piece,
     * the next lines the pieces that wrapped, so the rows read like those of a table that never centred its cells.
     */
    private static List<TextLine> lines(List<Piece> row, List<Float> starts) {
        List<TextLine> printed = row.stream().map(Piece::line).distinct().toList();
        if (printed.size() == 1) {
            return printed;
        }
        List<List<Piece>> byColumn = new ArrayList<>();
        int depth = 0;
        for (int c = 0; c < starts.size(); c++) {
            byColumn.add(column(row, c));
            depth = Math.max(depth, byColumn.getLast().size());
        }
        TextLine first = printed.getFirst();
        List<TextLine> out = new ArrayList<>();
        for (int j = 0; j < depth; j++) {
            List<String> cells = new ArrayList<>();
            List<Float> xs = new ArrayList<>();
            TextLine style = null;
            for (int c = 0; c < starts.size(); c++) {
                if (j < byColumn.get(c).size()) {
                    Piece p = byColumn.get(c).get(j);
                    cells.add(p.text());
                    xs.add(starts.get(c));
                    style = style == null ? p.line() : style;
                }
            }
            out.add(new TextLine(cells, xs, style.size(), style.bold(), xs.getFirst(), j == 0 ? first.gapAbove() : REST_OF_ROW,
                    first.page(), style.x1(), null, style.size(), style.bold(), style.size(), first.y() + j * 0.01f));
        }
        return out;
    }

    /** A cell's pieces as one text: a word broken at its hyphen ("Pre-" over "Engineering") keeps the hyphen. */
    static String join(List<String> texts) {
        StringBuilder out = new StringBuilder();
        for (String t : texts) {
            if (!out.isEmpty() && !(out.charAt(out.length() - 1) == '-' && out.length() > 1
                    && Character.isLetter(out.charAt(out.length() - 2)))) {
                out.append(' ');
            }
            out.append(t);
        }
        return out.toString();
    }
}
