package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a table's cells stand across the page: a header row wrapped over several lines joined cell by cell, and the
 * header column each cell of the rows below falls in, by where it stands rather than where it starts (a table that
 * centres its cells under centred headers starts each piece at another x).
 */
final class GridColumns {

    private GridColumns() {
    }

    /** The lines' cells merged by where they stand across the page: pieces of one header cell joined top down. */
    static TextLine header(List<TextLine> lines) {
        List<float[]> spans = new ArrayList<>(); // x0, x1 of each column found so far
        List<List<String>> texts = new ArrayList<>();
        for (TextLine line : lines) {
            List<float[]> boxes = extents(line);
            for (int c = 0; c < line.cells().size(); c++) {
                float x = boxes.get(c)[0];
                float x1 = boxes.get(c)[1];
                int k = 0;
                while (k < spans.size() && (x >= spans.get(k)[1] || x1 <= spans.get(k)[0])) {
                    k++;
                }
                if (k == spans.size()) {
                    spans.add(new float[] {x, x1});
                    texts.add(new ArrayList<>());
                } else {
                    spans.get(k)[0] = Math.min(spans.get(k)[0], x);
                    spans.get(k)[1] = Math.max(spans.get(k)[1], x1);
                }
                texts.get(k).add(line.cells().get(c).strip());
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.comparingDouble(k -> spans.get(k)[0]));
        List<String> cells = order.stream().map(k -> TableGrid.join(texts.get(k))).toList();
        List<Float> xs = order.stream().map(k -> spans.get(k)[0]).toList();
        TextLine first = lines.getFirst();
        TextLine widest = lines.stream().max(Comparator.comparingInt(l -> l.cells().size())).orElseThrow();
        return new TextLine(cells, xs, widest.size(), widest.bold(), xs.getFirst(), first.gapAbove(), first.page(),
                lines.stream().map(TextLine::x1).max(Float::compare).orElseThrow(), null, widest.size(),
                widest.bold(), widest.size(), first.y());
    }

    /** Where each cell of a line runs: from its start to the next cell's, or as far as its letters reach. */
    static List<float[]> extents(TextLine line) {
        List<float[]> out = new ArrayList<>();
        for (int c = 0; c < line.cells().size(); c++) {
            float x = line.cellX().get(c);
            float reach = x + 0.35f * line.size() * line.cells().get(c).strip().length();
            float end = c + 1 < line.cells().size() ? Math.min(reach, line.cellX().get(c + 1) - 1)
                    : Math.min(reach, line.x1());
            out.add(new float[] {x, Math.max(end, x + 1)});
        }
        return out;
    }

    /**
     * The header column of each cell of the region, by where cells stand: cells that overlap across lines are one
     * column, whether the table aligns them left or centres them under a centred header; a column holding one
     * header cell is that header's, others go by the nearest header centre.
     */
    static List<int[]> of(List<TextLine> region, TextLine header) {
        List<float[]> boxes = new ArrayList<>(extents(header));
        int headers = boxes.size();
        for (TextLine line : region) {
            boxes.addAll(extents(line));
        }
        int[] group = new int[boxes.size()];
        for (int k = 0; k < group.length; k++) {
            group[k] = k;
        }
        for (int a = 0; a < boxes.size(); a++) {
            for (int b = a + 1; b < boxes.size(); b++) {
                if (boxes.get(a)[0] < boxes.get(b)[1] && boxes.get(b)[0] < boxes.get(a)[1]) {
                    union(group, a, b);
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        int k = headers;
        for (TextLine line : region) {
            int[] cols = new int[line.cells().size()];
            for (int c = 0; c < cols.length; c++, k++) {
                cols[c] = headerOf(group, find(group, k), headers, boxes, k);
            }
            out.add(cols);
        }
        return out;
    }

    private static int headerOf(int[] group, int root, int headers, List<float[]> boxes, int k) {
        int found = -1;
        for (int h = 0; h < headers; h++) {
            if (find(group, h) == root) {
                if (found >= 0) {
                    found = -2; // one run across headers: the nearest header centre decides
                    break;
                }
                found = h;
            }
        }
        if (found >= 0) {
            return found;
        }
        for (int h = 0; h < headers; h++) {
            if (Math.abs(boxes.get(h)[0] - boxes.get(k)[0]) <= 3) {
                return h; // a left-aligned table: the cell starts where its header does
            }
        }
        float centre = (boxes.get(k)[0] + boxes.get(k)[1]) / 2;
        int nearest = 0;
        for (int h = 1; h < headers; h++) {
            if (Math.abs(mid(boxes.get(h)) - centre) < Math.abs(mid(boxes.get(nearest)) - centre)) {
                nearest = h;
            }
        }
        return nearest;
    }

    static float mid(float[] box) {
        return (box[0] + box[1]) / 2;
    }

    private static int find(int[] group, int k) {
        while (group[k] != k) {
            group[k] = group[group[k]];
            k = group[k];
        }
        return k;
    }

    private static void union(int[] group, int a, int b) {
        group[find(group, a)] = find(group, b);
    }
}
