package org.mockinterview.resume.parse;

import java.util.List;

/**
 * One line in reading order, the common input of the section and entry logic for PDFs and pasted text.
 * cells are the pieces of the line separated by wide gaps (or by runs of spaces in plain text);
 * cellX holds where each cell starts and x1 where the line ends (characters for plain text); size is 0 when
 * the font size is unknown; boldRun is the first cell's opening bold words when regular text follows them;
 * headSize and headBold are the first cell's own style and restSize the size of the longest of the other cells
 * (a margin heading beside its section's first line); y is the baseline on its page (NaN for plain text and for
 * lines made from others), which tables whose cells wrap need to tell their rows apart.
 */
record TextLine(List<String> cells, List<Float> cellX, float size, boolean bold, float x0, float gapAbove, int page,
        float x1, String boldRun, float headSize, boolean headBold, float restSize, float y) {

    TextLine {
        cells = List.copyOf(cells);
        cellX = List.copyOf(cellX);
    }

    /** A line whose first cell is set like the line (plain text, lines made from others). */
    TextLine(List<String> cells, List<Float> cellX, float size, boolean bold, float x0, float gapAbove, int page,
            float x1, String boldRun) {
        this(cells, cellX, size, bold, x0, gapAbove, page, x1, boldRun, size, bold, size, Float.NaN);
    }

    /** A line without a known bold opening (plain text, tests). */
    TextLine(List<String> cells, List<Float> cellX, float size, boolean bold, float x0, float gapAbove, int page,
            float x1) {
        this(cells, cellX, size, bold, x0, gapAbove, page, x1, null);
    }

    TextLine withCells(List<String> newCells, List<Float> newCellX) {
        String run = !newCells.isEmpty() && boldRun != null && newCells.get(0).startsWith(boldRun) ? boldRun : null;
        return new TextLine(newCells, newCellX, size, bold, x0, gapAbove, page, x1, run, size, bold, size, y);
    }

    /** The line without its first cell: a label, a serial number or a margin heading taken off it. */
    TextLine withoutFirstCell() {
        return withCells(cells.subList(1, cells.size()), cellX.subList(1, cellX.size()));
    }

    /** The same line with another gap above it. */
    TextLine withGap(float gap) {
        return new TextLine(cells, cellX, size, bold, x0, gap, page, x1, boldRun, headSize, headBold, restSize, y);
    }

    String text() {
        return String.join("   ", cells);
    }

    /** The line as running text, for bullets and descriptions where cell gaps are just wide spaces. */
    String prose() {
        return String.join(" ", cells);
    }

    boolean hasFont() {
        return size > 0;
    }
}
