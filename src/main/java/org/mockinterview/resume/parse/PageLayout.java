package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mockinterview.resume.parse.LineBuilder.Cell;
import org.mockinterview.resume.parse.LineBuilder.Row;

/** Turns the glyphs of a document into text lines in reading order, page by page. */
final class PageLayout {

    private PageLayout() {
    }

    static List<TextLine> lines(GlyphCollector collector) {
        Map<Integer, List<Glyph>> byPage = new TreeMap<>();
        for (Glyph g : collector.glyphs()) {
            byPage.computeIfAbsent(g.page(), p -> new ArrayList<>()).add(g);
        }
        List<TextLine> lines = new ArrayList<>();
        float formGutter = Float.NaN;
        for (Map.Entry<Integer, List<Glyph>> page : byPage.entrySet()) {
            List<Glyph> glyphs = TextRepair.dedupOverlaps(page.getValue());
            // furniture is found by position on the page (its top and bottom rows), before columns reorder them
            List<Row> byY = LineBuilder.rows(glyphs);
            java.util.Set<Row> furniture = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (int r = 0; r < byY.size(); r++) {
                if ((r <= 1 || r >= byY.size() - 2) && isPageFurniture(byY.get(r))) {
                    furniture.add(byY.get(r));
                }
            }
            byY.removeAll(furniture);
            List<Row> printed = byY.stream().flatMap(r -> withoutCaptions(r).stream()).toList();
            float width = collector.pageWidth(page.getKey());
            List<Row> rows = ColumnBands.readingOrder(printed, width, formGutter);
            if (Float.isNaN(formGutter)) {
                formGutter = LabelColumn.gutter(printed, width);
            }
            float previousY = Float.NaN;
            for (Row row : rows) {
                lines.add(toLine(row, previousY, page.getKey()));
                previousY = row.y();
            }
        }
        return lines;
    }

    /**
     * A section heading followed on its baseline by a smaller subtitle ("Skills  what I work on") is the heading
     * alone: the subtitle is decoration, and a line of two cells is never read as a heading.
     */
    static Row withoutCaption(Row row) {
        List<Cell> cells = row.cells();
        if (cells.size() < 2) {
            return row;
        }
        Cell heading = cells.get(0);
        if (HeadingVocabulary.kindOf(heading.text()).isEmpty()) {
            return row; // most rows: nothing to tell a caption from
        }
        for (Cell c : cells.subList(1, cells.size())) {
            // a contact detail or link across the page (a sidebar beside the heading) is content, never a caption
            boolean far = c.x0() - heading.x1() > CAPTION_REACH_EM * heading.size();
            if (c.size() * 1.3f > heading.size() || c.text().split("\\s+").length > 4 || DatePatterns.hasDate(c.text())
                    || far || ContactExtractor.isContactDetail(c.text()) || WebAddress.IN_TEXT.matcher(c.text()).find()) {
                return row;
            }
        }
        return new Row(row.y(), List.of(heading));
    }

    /**
     * The row without a caption beside its heading; a bold name well apart from the heading is the next column's
     * header line ("Harbour Mills" over a job's dates), no caption, and stays as a row of its own.
     */
    static List<Row> withoutCaptions(Row row) {
        Row kept = withoutCaption(row);
        if (kept == row) {
            return List.of(row);
        }
        Cell heading = row.cells().get(0);
        List<Cell> apart = row.cells().subList(1, row.cells().size()).stream()
                .filter(c -> c.bold() && c.x0() - heading.x1() > COLUMN_APART_EM * heading.size()).toList();
        return apart.isEmpty() ? List.of(kept) : List.of(kept, new Row(row.y(), apart));
    }

    /** How far right of a heading, in its ems, a bold cell on its baseline stands in another column. */
    private static final float COLUMN_APART_EM = 3f;

    /** How far right of a heading, in its ems, a caption on its baseline may start. */
    private static final float CAPTION_REACH_EM = 20f;

    private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile(
            "(?iu).*(\\b(?:page|seite|p[aá]gina|pag\\.|strona|sida|sivu|side|blad|pagina)\\s*\\d+"
            + "(\\s*(of|/|von|de|di|sur|van|z|av|af)\\s*\\d+)?|\\b\\d+\\s*/\\s*\\d+|^\\s*[-–]?\\s*\\d{1,2}\\s*[-–]?)\\s*$");
    /** A template's credits or a page's date stamp: "© 2018 … licensed under MIT", "Last updated: March 2024". */
    private static final java.util.regex.Pattern CREDITS = java.util.regex.Pattern.compile(
            "(?iu).*(?:\\b(?:copyright|all rights reserved|licensed under|generated (?:with|by)|made with)\\b|©).*"
            // a page's date stamp: "Última actualización: marzo de 2024", "Zuletzt aktualisiert: 03/2024"
            + "|^\\W*(?:last updated|updated on|última actualización|ultima actualizacion|última atualização"
            + "|zuletzt aktualisiert|stand:|dernière mise à jour|laatst bijgewerkt|ultimo aggiornamento)\\b.*");
    private static final java.util.regex.Pattern DOCUMENT_NAMED = java.util.regex.Pattern.compile(
            "(?iu).*(?<![\\p{L}])(curriculum vitae|résumé|lebenslauf|currículo)(?![\\p{L}]).*");
    private static final java.util.regex.Pattern PAGE_OF = java.util.regex.Pattern.compile(".*\\d+\\s*(/|of|von|de)\\s*\\d+.*");

    /** Running headers and footers ("Jane Doe – 1/2", "Page 2 of 3", "Last updated ...") are not content. */
    private static boolean isPageFurniture(Row row) {
        String text = String.join(" ", row.cells().stream().map(Cell::text).toList());
        return PAGE_NUMBER.matcher(text).matches() && text.length() < 60 && !DatePatterns.isOnlyDate(text)
                // template credits or a date stamp in the footer ("© 2018 ... licensed under MIT", "made with ...")
                || CREDITS.matcher(text).matches() && text.length() < 120
                // a running header or footer naming the document: "Jane Doe · Curriculum Vitae · February 2025"
                || text.length() < 80 && DOCUMENT_NAMED.matcher(text).matches()
                && (DatePatterns.hasDate(text) || PAGE_OF.matcher(text).matches());
    }

    private static TextLine toLine(Row row, float previousY, int page) {
        List<String> texts = row.cells().stream().map(Cell::text).toList();
        List<Float> xs = row.cells().stream().map(Cell::x0).toList();
        int chars = 0;
        int boldChars = 0;
        float size = 0;
        int sizeChars = -1;
        for (Cell c : row.cells()) {
            chars += c.text().length();
            boldChars += c.bold() ? c.text().length() : 0;
            if (c.text().length() > sizeChars) {
                size = c.size();
                sizeChars = c.text().length();
            }
        }
        float gap = Float.isNaN(previousY) ? 0 : Math.max(0, row.y() - previousY - size);
        boolean bold = boldChars * 2 > chars || row.cells().get(0).boldLead();
        float x1 = row.cells().get(row.cells().size() - 1).x1();
        Cell head = row.cells().get(0);
        float rest = row.cells().stream().skip(1).max(java.util.Comparator.comparingInt(c -> c.text().length()))
                .map(Cell::size).orElse(size);
        return new TextLine(texts, xs, size, bold, xs.get(0), gap, page, x1, head.boldRun(), head.size(), head.bold(),
                rest, row.y());
    }
}
