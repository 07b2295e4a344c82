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

    /** A run of glyphs on one baseline without a wide gap; boldLead when it opens in bold ("**Org**, Title"). */
    record Cell(float x0, float x1, float y, String text, float size, boolean bold, boolean boldLead) {
    }

    /** The cells sharing a baseline, left to right. */
    record Row(float y, List<Cell> cells) {
    }

    /** Gap, in em, beyond which two glyphs on a baseline belong to different cells (columns, right-aligned dates). */
    private static final float CELL_GAP_EM = 0.9f;
    /** Gap, in em above the letter-spacing, that separates two words. */
    private static final float WORD_GAP_EM = 0.15f;

    private LineBuilder() {
    }

    static List<Row> rows(List<Glyph> pageGlyphs) {
        List<Glyph> sorted = new ArrayList<>(pageGlyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        // each glyph joins the open row with the nearest baseline; rows of neighbouring columns at slightly
        // different baselines stay apart, while a lowered letter (the E of the LaTeX logo) stays in its row
        List<List<Glyph>> clusters = new ArrayList<>();
        List<float[]> baselines = new ArrayList<>();
        int firstOpen = 0;
        for (Glyph g : sorted) {
            while (firstOpen < clusters.size() && g.y() - baselines.get(firstOpen)[0] > 0.6f * baselines.get(firstOpen)[1]) {
                firstOpen++;
            }
            int best = -1;
            float bestDistance = Float.MAX_VALUE;
            for (int i = firstOpen; i < clusters.size(); i++) {
                float[] b = baselines.get(i);
                float distance = Math.abs(g.y() - b[0]);
                if (distance <= 0.3f * Math.min(b[1], Math.max(g.size(), 4f)) && distance < bestDistance) {
                    best = i;
                    bestDistance = distance;
                }
            }
            if (best < 0) {
                clusters.add(new ArrayList<>(List.of(g)));
                baselines.add(new float[] {g.y(), g.size()});
            } else {
                clusters.get(best).add(g);
            }
        }
        clusters.sort(Comparator.comparingDouble(c -> c.get(0).y()));
        List<Row> rows = new ArrayList<>();
        for (List<Glyph> cluster : clusters) {
            cluster.sort(Comparator.comparingDouble(Glyph::x));
            List<Cell> cells = cells(cluster);
            if (!cells.isEmpty()) {
                rows.add(new Row(cluster.get(0).y(), cells));
            }
        }
        return rows;
    }

    private static List<Cell> cells(List<Glyph> row) {
        List<Cell> cells = new ArrayList<>();
        List<Glyph> run = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : row) {
            if (g.isSpace()) {
                run.add(g);
                continue;
            }
            if (previous != null && g.x() - previous.right() > CELL_GAP_EM * Math.max(g.size(), previous.size())) {
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
        float letterSpacing = letterSpacing(run);
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        boolean spaceGlyph = false;
        for (Glyph g : run) {
            if (g.isSpace()) {
                spaceGlyph = previous != null;
                continue;
            }
            if (previous != null) {
                float gap = g.x() - previous.right();
                if (spaceGlyph || gap - letterSpacing > WORD_GAP_EM * Math.max(g.size(), previous.size())) {
                    text.append(' ');
                }
            }
            text.append(g.text());
            previous = g;
            spaceGlyph = false;
        }
        String cleaned = TextRepair.normalize(text.toString());
        if (cleaned.isEmpty()) {
            return;
        }
        int boldCount = (int) ink.stream().filter(Glyph::bold).count();
        cells.add(new Cell(ink.get(0).x(), ink.get(ink.size() - 1).right(), ink.get(0).y(), cleaned,
                dominantSize(ink), boldCount * 2 > ink.size(), ink.stream().limit(3).allMatch(Glyph::bold)));
    }

    /** Median gap between adjacent glyphs not separated by a space glyph: the tracking the generator applied. */
    private static float letterSpacing(List<Glyph> run) {
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

    static float dominantSize(List<Glyph> glyphs) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Glyph g : glyphs) {
            counts.merge(Math.round(g.size() * 2), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(0f);
    }
}
