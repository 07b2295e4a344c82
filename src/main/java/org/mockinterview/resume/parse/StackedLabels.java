package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A form's label column and value column read as two runs of lines: three or more labels alone ("Position Title:",
 * "Location:", "Salary:"), then as many values alone at one x right of them, in the same order. Each label is
 * paired with its value again, as the form prints them side by side.
 */
final class StackedLabels {

    private static final int MIN_RUN = 3;

    private StackedLabels() {
    }

    static List<TextLine> pair(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int labels = labelRun(lines, i);
            if (labels >= MIN_RUN && valueRun(lines, i + labels, labels, lines.get(i).x0())) {
                for (int k = 0; k < labels; k++) {
                    TextLine label = lines.get(i + k);
                    TextLine value = lines.get(i + labels + k);
                    out.add(label.withCells(List.of(label.text().strip(), value.text().strip()),
                            List.of(label.x0(), value.x0())));
                }
                i += 2 * labels;
                continue;
            }
            int merged = labels >= MIN_RUN ? byBaseline(lines, i, labels, out) : 0;
            if (merged > 0) {
                i += merged;
                continue;
            }
            out.add(lines.get(i));
            i++;
        }
        return out;
    }

    /**
     * The label run from i and the values after it, read in the order of their baselines when the values do not
     * follow one per label (a value of several lines, duties under a label): each label joins the value on its
     * baseline. Returns how many lines it read into out, 0 when the lines carry no baselines.
     */
    private static int byBaseline(List<TextLine> lines, int i, int labels, List<TextLine> out) {
        float labelX = lines.get(i).x0();
        int page = lines.get(i).page();
        int end = i + labels;
        while (end < lines.size() && lines.get(end).page() == page && lines.get(end).x0() >= labelX + 20
                && !Float.isNaN(lines.get(end).y())) {
            end++;
        }
        if (end - i - labels < labels || lines.subList(i, end).stream().anyMatch(l -> Float.isNaN(l.y()))) {
            return 0;
        }
        List<TextLine> values = new ArrayList<>(lines.subList(i + labels, end));
        List<TextLine> sorted = new ArrayList<>(lines.subList(i, i + labels));
        sorted.addAll(values);
        sorted.sort(java.util.Comparator.comparingDouble(TextLine::y));
        for (int k = 0; k < sorted.size(); k++) {
            TextLine l = sorted.get(k);
            TextLine next = k + 1 < sorted.size() ? sorted.get(k + 1) : null;
            if (isLabelAlone(l) && next != null && !isLabelAlone(next) && Math.abs(next.y() - l.y()) < 1f) {
                List<String> cells = new ArrayList<>(List.of(l.text().strip()));
                cells.addAll(next.cells());
                List<Float> xs = new ArrayList<>(List.of(l.x0()));
                xs.addAll(next.cellX());
                out.add(l.withCells(cells, xs));
                k++;
            } else {
                out.add(l);
            }
        }
        return end - i;
    }

    /** How many lines from i are a label alone, its colon included. */
    private static int labelRun(List<TextLine> lines, int i) {
        int n = 0;
        while (i + n < lines.size() && isLabelAlone(lines.get(i + n))) {
            n++;
        }
        return n;
    }

    private static boolean isLabelAlone(TextLine line) {
        String text = line.text().strip();
        return line.cells().size() == 1 && text.endsWith(":") && FormLabels.role(text) != null;
    }

    /** n single-cell lines from i, none a label, all starting at one x right of the labels. */
    private static boolean valueRun(List<TextLine> lines, int i, int n, float labelX) {
        if (i + n > lines.size()) {
            return false;
        }
        float x = lines.get(i).x0();
        for (int k = i; k < i + n; k++) {
            TextLine l = lines.get(k);
            if (l.cells().size() != 1 || isLabelAlone(l) || Math.abs(l.x0() - x) > 2 || l.x0() < labelX + 20) {
                return false;
            }
        }
        return true;
    }
}
