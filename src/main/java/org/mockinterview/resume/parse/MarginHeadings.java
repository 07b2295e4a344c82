package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Section headings set in a left margin, on the same line as the section's first entry ("Experience ‖ Engineer @
 * Acme ‖ 2022 — now", JSON Resume themes, LaTeX CVs with margin titles): each such line becomes the heading, then
 * the entry's line.
 */
final class MarginHeadings {

    /** At least this many margin headings make the layout; one may be a label that happens to be a heading word. */
    private static final int MIN_HEADINGS = 2;

    private MarginHeadings() {
    }

    static List<TextLine> split(List<TextLine> lines) {
        float start = bodyStart(lines);
        lines = unfused(lines, start);
        if (margins(lines, start) < MIN_HEADINGS) {
            // the body's commonest start may be its bullets, right of a column of dates: the headings say where
            // the text beside them begins
            start = besideHeadings(lines);
        }
        float body = start;
        boolean layout = margins(lines, body) >= MIN_HEADINGS;
        List<TextLine> out = new ArrayList<>();
        for (TextLine l : lines) {
            TextLine previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (layout && previous != null && aloneInMargin(l, body) && l.gapAbove() <= 0.5f && l.page() == previous.page()
                    && previous.x0() >= body - 8) {
                // a margin heading centred on its section's first lines sits a little below the first: it comes first
                out.add(out.size() - 1, l);
                continue;
            }
            if (layout && previous != null && out.size() >= 2 && isMarginHeading(out.get(out.size() - 2), body)
                    && l.page() == previous.page() && (fragment(l, body) || secondLine(l, out.get(out.size() - 2), body))) {
                // "PUBBLICAZIONI" over "RECENTI": a heading wrapped in the margin beside its first entry
                TextLine heading = out.get(out.size() - 2);
                out.set(out.size() - 2, heading.withCells(List.of(heading.text() + " " + l.cells().get(0)),
                        heading.cellX()));
                out.add(l.withoutFirstCell());
                continue;
            }
            if (!(layout && inMargin(l, body) || besideDisplay(l))) {
                out.add(l);
                continue;
            }
            float x1 = l.cellX().get(1) - 1;
            out.add(new TextLine(List.of(l.cells().get(0)), List.of(l.cellX().get(0)), l.headSize(), l.headBold(),
                    l.x0(), l.gapAbove(), l.page(), Math.min(x1, l.x1()), null));
            List<String> cells = l.cells().subList(1, l.cells().size());
            List<Float> xs = l.cellX().subList(1, l.cellX().size());
            out.add(new TextLine(cells, xs, l.restSize(), l.bold(), xs.get(0), 0f, l.page(), l.x1(), null));
        }
        return out;
    }

    /**
     * A heading word alone in the first cell, set apart (bold, larger than the line's text, or in capitals: small
     * caps), ending left of the body column, with the entry right of it. A form's labels are plain text.
     */
    private static boolean inMargin(TextLine l, float body) {
        // the body column's most common start may be its bullets' text, up to an em or so right of the entry lines
        return besideBody(l, body, 16)
                && setApart(l)
                && HeadingVocabulary.kindOf(l.cells().get(0)).isPresent();
    }

    /**
     * Lines whose first cell runs a bold or capitals heading in the margin into the entry beside it ("POSIZIONI dal
     * marzo 2021 — …", the gap too narrow for two cells) split into the heading's cell and the entry's, when two
     * or more such headings make the layout. Other lines are unchanged.
     */
    private static List<TextLine> unfused(List<TextLine> lines, float body) {
        if (Float.isNaN(body) || lines.stream().map(l -> fusedHead(l, body))
                .filter(h -> h != null && HeadingVocabulary.kindOf(h).isPresent()).count() < MIN_HEADINGS) {
            return lines;
        }
        List<TextLine> out = new ArrayList<>();
        for (TextLine l : lines) {
            String head = fusedHead(l, body);
            if (head == null) {
                out.add(l);
                continue;
            }
            List<String> cells = new ArrayList<>(l.cells());
            List<Float> xs = new ArrayList<>(l.cellX());
            cells.set(0, cells.getFirst().substring(head.length()).strip());
            xs.set(0, body + 3);
            cells.addFirst(head);
            xs.addFirst(l.x0());
            out.add(l.withCells(cells, xs));
        }
        return out;
    }

    /** The heading in capitals or bold opening a line left of the body and running into it, or null. */
    private static String fusedHead(TextLine l, float body) {
        String run = l.boldRun();
        String first = l.cells().getFirst();
        if (run == null || l.x0() >= body - 20 || l.x1() <= body || !first.startsWith(run + " ")
                || !HeadingClassifier.isCaps(run) || run.split("\\s+").length > 4) {
            return null;
        }
        return run;
    }

    /** What remains of a wrapped margin heading: capitals in the margin, not a heading by themselves. */
    private static boolean fragment(TextLine l, float body) {
        return besideBody(l, body, 8) && HeadingClassifier.isCaps(l.cells().getFirst())
                && HeadingVocabulary.kindOf(l.cells().getFirst()).isEmpty();
    }

    /**
     * The second line of a heading wrapped in the margin in its own style ("Research" over "Projects", "Grants &"
     * over "Fellowships"): set tight under it, where sections are spaced apart, and a heading once joined.
     */
    private static boolean secondLine(TextLine l, TextLine heading, float body) {
        return besideBody(l, body, 8) && l.headBold() == heading.bold() && l.gapAbove() <= 2 && heading.gapAbove() >= 3 * Math.max(1, l.gapAbove())
                && HeadingVocabulary.kindOf(heading.text() + " " + l.cells().getFirst()).isPresent();
    }

    /** A first cell in the margin, left of the body column, and a second that starts at most slack points before it. */
    private static boolean besideBody(TextLine l, float body, float slack) {
        return l.cells().size() >= 2 && l.x0() < body - 20 && l.cellX().get(1) >= body - slack;
    }

    private static boolean isMarginHeading(TextLine l, float body) {
        return l.cells().size() == 1 && l.x0() < body - 20 && HeadingVocabulary.kindOf(l.text()).isPresent();
    }

    /** A heading word alone on its line, in the margin. */
    private static boolean aloneInMargin(TextLine l, float body) {
        return l.cells().size() == 1 && l.x1() < body - 8 && HeadingVocabulary.kindOf(l.text()).isPresent();
    }

    /**
     * A heading beside text set far larger, as the 2013 Europass sets "Personal information" beside the name: two
     * things, whatever the layout.
     */
    private static boolean besideDisplay(TextLine l) {
        return l.cells().size() == 2 && l.hasFont() && l.restSize() >= 1.5f * l.headSize()
                && HeadingVocabulary.kindOf(l.cells().get(0)).isPresent();
    }

    /** The first cell set apart from the rest of its line: bold, a point larger, or in capitals (small caps). */
    private static boolean setApart(TextLine l) {
        return l.headBold() || l.headSize() >= l.restSize() + 1 || HeadingClassifier.isCaps(l.cells().get(0));
    }

    private static long margins(List<TextLine> lines, float body) {
        return Float.isNaN(body) ? 0 : lines.stream().filter(l -> inMargin(l, body)).count();
    }

    /**
     * Where the text beside set-apart heading words begins, when headings of three kinds or more have their text
     * start there: a grid of heading, dates and duties whose duties are the commonest start. NaN if unclear.
     */
    private static float besideHeadings(List<TextLine> lines) {
        Map<Integer, java.util.Set<String>> kinds = new HashMap<>();
        for (TextLine l : lines) {
            // a form's labels ("Technologies:") are no headings, however they are set
            if (l.cells().size() >= 2 && l.cellX().get(1) > l.x0() + 20 && !l.cells().get(0).strip().endsWith(":")
                    && !l.cells().get(1).strip().startsWith(":")
                    && setApart(l)) {
                HeadingVocabulary.kindOf(l.cells().get(0)).ifPresent(kind -> kinds
                        .computeIfAbsent(Math.round(l.cellX().get(1) / 6f), k -> new java.util.HashSet<>()).add(kind));
            }
        }
        // sections of three kinds or more: category labels of a skills table ("Cloud Technologies", "Tools") are one
        return kinds.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
                .filter(e -> e.getValue().size() >= 3).map(e -> e.getKey() * 6f - 3f).orElse(Float.NaN);
    }

    /** The most common start of multi-word lines, in whole points: where the body column begins. NaN if unclear. */
    private static float bodyStart(List<TextLine> lines) {
        Map<Integer, Integer> starts = new HashMap<>();
        for (TextLine l : lines) {
            if (l.hasFont() && l.cells().size() == 1 && l.text().split("\\s+").length >= 4) {
                starts.merge(Math.round(l.x0() / 6f), 1, Integer::sum);
            }
        }
        return starts.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() >= 5).map(e -> e.getKey() * 6f - 3f).orElse(Float.NaN);
    }
}
