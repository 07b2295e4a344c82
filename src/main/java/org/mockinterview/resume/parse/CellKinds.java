package org.mockinterview.resume.parse;

import java.util.List;

import org.mockinterview.resume.parse.LineBuilder.Row;

/** What the cells of a page hold, as the column detector weighs them: labels, running text, the body font size. */
final class CellKinds {

    private CellKinds() {
    }

    /** A date, a range (even one cut by a wrap), a duration or a place: what a gutter of labels holds. */
    static boolean isMeta(String text) {
        // a range wrapped in a narrow gutter leaves its first half with a dangling connector ("Sep. 2023 to")
        String bare = DatePatterns.withoutConnector(text);
        return DatePatterns.isOnlyDate(text) || !bare.equals(text) && DatePatterns.isOnlyDate(bare)
                || DatePatterns.isDuration(text) || DatePatterns.isLocation(text);
    }


    /** Running text: five words or more without a date, or a CJK sentence. */
    static boolean isProse(String text) {
        return text.split("\\s+").length >= 5 && !DatePatterns.hasDate(text)
                || text.codePoints().filter(TextRepair::isCjk).count() >= 8;
    }

    /** The font size most of the page's text is set in. */
    static float bodySize(List<Row> rows) {
        java.util.Map<Integer, Integer> weight = new java.util.HashMap<>();
        rows.forEach(r -> r.cells().forEach(c -> weight.merge(Math.round(c.size() * 2), c.text().length(), Integer::sum)));
        return weight.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f)
                .orElse(10f);
    }
}
