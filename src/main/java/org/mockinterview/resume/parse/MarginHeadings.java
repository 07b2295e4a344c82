package org.mockinterview.resume.parse;

import java.util.ArrayList;
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
        float body = bodyStart(lines);
        int found = 0;
        for (TextLine l : lines) {
            found += !Float.isNaN(body) && inMargin(l, body) ? 1 : 0;
        }
        boolean layout = found >= MIN_HEADINGS;
        List<TextLine> out = new ArrayList<>();
        for (TextLine l : lines) {
            TextLine previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (layout && previous != null && aloneInMargin(l, body) && l.gapAbove() <= 0.5f && l.page() == previous.page()
                    && previous.x0() >= body - 8) {
                // a margin heading centred on its section's first lines sits a little below the first: it comes first
                out.add(out.size() - 1, l);
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
        // the body column's most common start may be its bullets' text, a few points right of the entry lines
        return l.cells().size() >= 2 && l.cellX().get(1) >= body - 8 && l.x0() < body - 20
                && (l.headBold() || l.headSize() >= l.restSize() + 1 || HeadingClassifier.isCaps(l.cells().get(0)))
                && HeadingVocabulary.kindOf(l.cells().get(0)).isPresent();
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
