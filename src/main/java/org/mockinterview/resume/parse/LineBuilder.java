package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds rows of text from the glyphs of one page: glyphs sharing a baseline form a row, wide horizontal gaps split
 * a row into cells, and word spaces come from the geometry rather than from the PDF's (often missing) space glyphs.
 */
final class LineBuilder {

    /**
     * A run of glyphs on one baseline without a wide gap; boldLead when it opens in bold ("**Org**, Title");
     * boldRun holds those opening bold words when regular text follows them ("**Name** what it does"), else null.
     */
    record Cell(float x0, float x1, float y, String text, float size, boolean bold, boolean boldLead, String boldRun) {
    }

    /** The cells sharing a baseline, left to right. */
    record Row(float y, List<Cell> cells) {
    }

    /** Gap, in em, beyond which two glyphs on a baseline belong to different cells (columns, right-aligned dates). */
    private static final float CELL_GAP_EM = 0.9f;
    /** Gap, in em above the letter-spacing, that separates two words. */
    private static final float WORD_GAP_EM = 0.15f;
    /** No glyph joins a row whose baseline is further away than this, whatever the font sizes. */
    private static final float MAX_REACH = 40f;

    private LineBuilder() {
    }

    static List<Row> rows(List<Glyph> pageGlyphs) {
        List<Glyph> sorted = new ArrayList<>(pageGlyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        float median = median(sorted);
        // full-size glyphs define the rows; small ones (superscripts, logo letters, tiny bullets) join them after,
        // so that a raised letter cannot tie its row to the neighbouring column's baseline
        List<Band> bands = new ArrayList<>();
        int firstOpen = 0;
        for (Glyph g : sorted) {
            if (g.size() < 0.8f * median) {
                continue;
            }
            while (firstOpen < bands.size() && g.y() - bands.get(firstOpen).baseline > 0.6f * bands.get(firstOpen).size) {
                firstOpen++;
            }
            Band best = null;
            for (int i = firstOpen; i < bands.size(); i++) {
                Band b = bands.get(i);
                float distance = Math.abs(g.y() - b.baseline);
                // well off a row's baseline (a fifth of an em or more), a glyph joins only a row it is next to: a
                // bigger initial beside a sidebar line ("C" of a small-caps heading) must not tie itself to that
                // line, while a right-aligned date a point off its title's baseline still belongs to it
                float reach = Math.max(b.size, g.size());
                if (distance <= 0.35f * reach && (distance <= 0.2f * reach || b.within(g, 5 * reach))
                        && (best == null || distance < Math.abs(g.y() - best.baseline))) {
                    best = b;
                }
            }
            if (best == null) {
                best = new Band(g.y(), g.size());
                bands.add(best);
            }
            best.add(g);
        }
        for (Glyph g : sorted) {
            if (g.size() < 0.8f * median) {
                attachSmall(g, bands);
            }
        }
        bands.sort(Comparator.comparingDouble(b -> b.baseline));
        List<Row> rows = new ArrayList<>();
        for (Band band : bands) {
            band.glyphs.sort(Comparator.comparingDouble(Glyph::x));
            List<Cell> cells = cells(band.glyphs);
            if (!cells.isEmpty()) {
                rows.add(new Row(band.baseline, cells));
            }
        }
        return rows;
    }

    /** Glyphs sharing a baseline while rows are being formed. */
    private static final class Band {
        final List<Glyph> glyphs = new ArrayList<>();
        final float baseline;
        final float size;
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;

        Band(float baseline, float size) {
            this.baseline = baseline;
            this.size = size;
        }

        void add(Glyph g) {
            glyphs.add(g);
            minX = Math.min(minX, g.x());
            maxX = Math.max(maxX, g.right());
        }

        /** True when the glyph's gap to the band's text is at most the given width. */
        boolean within(Glyph g, float gap) {
            return g.x() <= maxX + gap && g.right() >= minX - gap;
        }

        boolean near(Glyph g) {
            return g.x() >= minX - 3 * size && g.x() <= maxX + 3 * size;
        }
    }

    private static void attachSmall(Glyph g, List<Band> bands) {
        Band best = null;
        float bestDistance = Float.MAX_VALUE;
        // bands are nearly sorted by baseline; scan back from the end only while baselines can still be in reach
        for (int i = bands.size() - 1; i >= 0; i--) {
            Band b = bands.get(i);
            float distance = Math.abs(g.y() - b.baseline);
            if (b.baseline < g.y() - MAX_REACH) {
                if (i < bands.size() - 64) {
                    break;
                }
                continue;
            }
            // small text exactly on a row's baseline belongs to it wherever it sits (dates set smaller in a gutter);
            // off the baseline (a superscript) it must be next to the row's text
            boolean onBaseline = distance <= 0.02f * Math.max(b.size, g.size());
            if (distance <= 0.5f * Math.max(b.size, g.size()) && (onBaseline || b.near(g)) && distance < bestDistance) {
                best = b;
                bestDistance = distance;
            }
        }
        if (best == null) {
            best = new Band(g.y(), g.size());
            bands.add(best);
        }
        best.add(g);
    }

    private static float median(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return 0f;
        }
        float[] sizes = new float[glyphs.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = glyphs.get(i).size();
        }
        java.util.Arrays.sort(sizes);
        return sizes[sizes.length / 2];
    }

    private static List<Cell> cells(List<Glyph> row) {
        List<Cell> cells = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        Glyph previous = null;
        float pillGap = WordGaps.pillGap(row, WORD_GAP_EM, CELL_GAP_EM);
        float tracking = WordGaps.letterSpacing(row);
        for (Glyph g : row) {
            if (g.isSpace()) {
                run.add(g);
                continue;
            }
            if (g.isIcon()) {
                // a pictogram between two pieces of text separates them ("talk [icon] Strata"); before text it is decor
                if (previous != null) {
                    addCell(cells, run);
                    run = new ArrayList<>();
                    previous = null;
                }
                continue;
            }
            boolean spaced = !run.isEmpty() && run.get(run.size() - 1).isSpace()
                    || previous != null && g.x() - previous.right() > WORD_GAP_EM * Math.max(g.size(), previous.size());
            // smaller type after a word space: a caption. Larger type after one is the capital of a word set in
            // small caps ("Work Experience" drawn as W+ORK E+XPERIENCE), which stays in the cell.
            float ratio = previous == null ? 1f : previous.size() / g.size();
            // a heading followed by a much smaller caption on its baseline ("Skills  what I work on") is two cells
            if (previous != null && (g.x() - previous.right() > CELL_GAP_EM * Math.max(g.size(), previous.size())
                    || spaced && ratio > 1.45f || g.x() - previous.right() >= pillGap
                    || WordGaps.paddedSpace(previous, run.get(run.size() - 1), g, tracking))) {
                addCell(cells, run);
                run = new ArrayList<>();
            }
            run.add(g);
            previous = g;
        }
        addCell(cells, run);
        return cells;
    }

    private static void addCell(List<Cell> cells, List<Glyph> run) {
        List<Glyph> ink = run.stream().filter(g -> !g.isSpace()).toList();
        if (ink.isEmpty()) {
            return;
        }
        float letterSpacing = WordGaps.letterSpacing(run);
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        boolean spaceGlyph = false;
        int boldEnd = -1;
        for (Glyph g : run) {
            if (g.isSpace()) {
                spaceGlyph = previous != null;
                continue;
            }
            boolean space = false;
            if (previous != null) {
                float gap = g.x() - previous.right();
                if (spaceGlyph || gap - letterSpacing > WORD_GAP_EM * Math.max(g.size(), previous.size())) {
                    text.append(' ');
                    space = true;
                }
            }
            if (boldEnd == -1 && !g.bold()) {
                // the opening bold words end at a word break; bold that stops inside a word is emphasis, not a name
                boldEnd = previous != null && previous.bold() && space ? text.length() : -2;
            }
            text.append(g.text());
            previous = g;
            spaceGlyph = false;
        }
        // tab leaders ("Senior analyst . . . . . . 2020 – now") only lead the eye to a tab stop's text
        String cleaned = TextRepair.normalize(LEADER.matcher(text).replaceAll(" "));
        if (cleaned.isEmpty()) {
            return;
        }
        int boldCount = (int) ink.stream().filter(Glyph::bold).count();
        String boldRun = boldEnd > 0 ? TextRepair.normalize(text.substring(0, boldEnd)) : null;
        cells.add(new Cell(ink.get(0).x(), ink.get(ink.size() - 1).right(), ink.get(0).y(), cleaned,
                dominantSize(ink), boldCount * 2 > ink.size(), ink.stream().limit(3).allMatch(Glyph::bold),
                boldRun == null || boldRun.isEmpty() || !cleaned.startsWith(boldRun) ? null : boldRun));
    }

    private static final java.util.regex.Pattern LEADER = java.util.regex.Pattern.compile("(?:\\s?[.·…](?=\\s?[.·…])){3,}\\s?[.·…]");

    static float dominantSize(List<Glyph> glyphs) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Glyph g : glyphs) {
            counts.merge(Math.round(g.size() * 2), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(0f);
    }
}
