package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

/** The gaps between the glyphs of one row: the tracking a generator applied, and the wider gaps between tag pills. */
final class WordGaps {

    private WordGaps() {
    }

    /**
     * The gap from which words on this row sit in separate boxes (tag pills, chips: "Python  PyTorch  Hugging Face"),
     * or infinity. Such a row has two kinds of gap between words: word spaces, and at least two gaps more than twice
     * the narrowest and over half an em. Justified text widens all its spaces alike and keeps one kind.
     */
    static float pillGap(List<Glyph> row, float wordGapEm, float cellGapEm) {
        List<Float> gaps = new ArrayList<>();
        float em = 0;
        Glyph previous = null;
        for (Glyph g : row) {
            if (g.isSpace() || g.isIcon()) {
                continue;
            }
            if (previous != null) {
                float gap = g.x() - previous.right();
                float size = Math.max(g.size(), previous.size());
                if (gap > wordGapEm * size && gap <= cellGapEm * size) {
                    gaps.add(gap);
                    em = Math.max(em, size);
                }
            }
            previous = g;
        }
        if (gaps.size() < 3) {
            return Float.MAX_VALUE;
        }
        float narrowest = gaps.stream().min(Float::compare).orElseThrow();
        float cut = Math.max(2 * narrowest, 0.5f * em);
        long wide = gaps.stream().filter(x -> x >= cut).count();
        return wide >= 2 && wide < gaps.size() ? cut : Float.MAX_VALUE;
    }

    /**
     * A space with whitespace on both of its sides, between previous and next: the padding of two boxes (tag pills,
     * inline code chips: "Python Go SQL"), however wide the font's own space. Justified text widens one side only,
     * and tracking (letter-spaced names and headings) sets every glyph apart alike, so the padding is beyond it.
     */
    static boolean paddedSpace(Glyph previous, Glyph space, Glyph next, float tracking) {
        if (!space.isSpace()) {
            return false;
        }
        float pad = PAD_EM * Math.max(previous.size(), next.size()) + Math.max(0f, tracking);
        return space.x() - previous.right() >= pad && next.x() - space.right() >= pad;
    }

    private static final float PAD_EM = 0.15f;

    /** Median gap between adjacent glyphs not separated by a space glyph: the tracking the generator applied. */
    static float letterSpacing(List<Glyph> run) {
        List<Float> gaps = new ArrayList<>();
        Glyph previous = null;
        boolean sawSpace = false;
        for (Glyph g : run) {
            if (g.isSpace()) {
                sawSpace = true;
                continue;
            }
            if (previous != null && !sawSpace) {
                gaps.add(g.x() - previous.right());
            }
            previous = g;
            sawSpace = false;
        }
        if (gaps.size() < 2) {
            return 0f;
        }
        gaps.sort(Float::compare);
        return Math.max(0f, gaps.get(gaps.size() / 2));
    }
}
