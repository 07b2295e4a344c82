package org.mockinterview.resume.parse;

import java.util.List;

import org.mockinterview.resume.parse.HeadingClassifier.Heading;

/**
 * Cards set side by side under one heading, in a grid whose columns run on into other sections ("Selected
 * projects" over two columns of cards, then Education on the left and Skills on the right): read column by column,
 * the right column's cards come after the left column's last section, and are given back to the heading over them.
 */
final class SideBySideCards {

    /** How far right of the heading over them the cards of a later column start, at the least. */
    private static final float COLUMN_AWAY = 100f;

    private SideBySideCards() {
    }

    /** The contents with each run of cards that starts a column high up moved to the heading over it. */
    static List<List<TextLine>> restore(List<TextLine> lines, List<Heading> headings, List<List<TextLine>> contents) {
        for (int h = 0; h < headings.size(); h++) {
            List<TextLine> content = contents.get(h);
            for (int k = 1; k < content.size(); k++) {
                TextLine l = content.get(k);
                TextLine previous = content.get(k - 1);
                if (Float.isNaN(l.y()) || Float.isNaN(previous.y()) || l.page() != previous.page()
                        || l.y() >= previous.y() - 2 * l.size()) {
                    continue; // reading on down the page, not up to the top of the next column
                }
                int over = headingOver(lines, headings, contents, l, h);
                if (over >= 0) {
                    List<TextLine> run = content.subList(k, content.size());
                    contents.get(over).addAll(run);
                    run.clear();
                }
                break;
            }
        }
        return contents;
    }

    /**
     * The heading over the run's first card: the nearest heading above it on its page, well to its left, whose
     * first card stands beside it, both titled in the same bold type. -1 when there is none.
     */
    private static int headingOver(List<TextLine> lines, List<Heading> headings, List<List<TextLine>> contents,
            TextLine card, int current) {
        int best = -1;
        float bestY = Float.NEGATIVE_INFINITY;
        for (int h = 0; h < headings.size(); h++) {
            TextLine heading = lines.get(headings.get(h).index());
            if (h != current && heading.page() == card.page() && !Float.isNaN(heading.y()) && heading.y() < card.y()
                    && heading.y() > bestY) {
                best = h;
                bestY = heading.y();
            }
        }
        if (best < 0 || lines.get(headings.get(best).index()).x0() > card.x0() - COLUMN_AWAY) {
            return -1;
        }
        List<TextLine> own = contents.get(best);
        TextLine first = own.isEmpty() ? null : own.get(0);
        boolean beside = first != null && first.page() == card.page() && !Float.isNaN(first.y())
                && Math.abs(first.y() - card.y()) < 2 && first.bold() && card.bold()
                && Math.abs(first.size() - card.size()) < 0.5f;
        return beside ? best : -1;
    }
}
