package org.mockinterview.resume.parse;

import java.util.List;

import org.mockinterview.resume.parse.LineBuilder.Cell;
import org.mockinterview.resume.parse.LineBuilder.Row;

/**
 * Section headings that stand over both columns of a band although they are short enough to fit the left one: a
 * heading over a grid of cards, and the next heading styled like it, which ends the cards. A heading opens a band
 * when it sits above both columns' first rows; it spans them while the right column holds no heading of its own,
 * neither one styled like it nor a section name (a sidebar beside a main column has headings on both sides, so its
 * columns stay columns).
 */
final class SpanningHeadings {
    private final float body;
    private Cell opening;
    private boolean rightHeading;
    /**
     * Rows since the opening heading that read as cards or as labels beside their values: a left line of five words
     * or more, or one short label beside one value. A table of several columns has neither, and its rows stay rows.
     */
    private int cardOrLabelRows;

    /** above is the row over the band when it starts part-way down the page: it may be the heading over both columns. */
    SpanningHeadings(float body, Row above, float gutter) {
        this.body = body;
        if (above != null && above.cells().size() == 1 && above.cells().get(0).x1() <= gutter
                && headingStyled(above.cells().get(0))) {
            opening = above.cells().get(0);
        }
    }

    /** Forgets the band: a full-width row or a spanning heading ends it. */
    void reset() {
        opening = null;
        rightHeading = false;
        cardOrLabelRows = 0;
    }

    /**
     * Whether a row, split into its left cells l and right cells r, is a heading styled like the band's opening one,
     * alone or beside one heading of that style, with the right column already under way: the next section over both
     * columns, or the next pair of sections side by side.
     */
    boolean ends(List<Cell> l, List<Cell> r, boolean rightStarted) {
        return opening != null && rightStarted && !rightHeading && cardOrLabelRows >= 2 && l.size() == 1
                && styledLike(l.get(0), opening) && (r.isEmpty() || r.size() == 1 && sameStyle(r.get(0), opening));
    }

    /**
     * Notes a row of the band. Before the right column starts, the last heading on the left (alone, or beside one of
     * its style) is the opening one; a heading of the right column's own, with no title of its style beside it on
     * the left, marks it as a column of its own.
     */
    void see(List<Cell> l, List<Cell> r, boolean rightStarted) {
        if (!rightStarted) {
            boolean paired = r.isEmpty() || r.size() == 1 && !l.isEmpty() && styledLike(r.get(0), l.get(0));
            if (l.size() == 1 && paired && headingStyled(l.get(0))) {
                reset();
                opening = l.get(0);
                return;
            }
        }
        if (!l.isEmpty() && (words(l.get(0)) >= 5 || l.size() == 1 && r.size() == 1 && words(l.get(0)) <= 4)) {
            cardOrLabelRows++;
        }
        if (opening != null && !r.isEmpty()
                && (sameStyle(r.get(0), opening) || HeadingVocabulary.kindOf(r.get(0).text()).isPresent())
                && (l.isEmpty() || !sameStyle(l.get(0), opening))) {
            rightHeading = true;
        }
    }

    private static int words(Cell c) {
        return c.text().strip().split("\\s+").length;
    }

    private boolean headingStyled(Cell c) {
        return c.size() >= body + 1 || c.bold() && c.size() > body;
    }

    private static boolean sameStyle(Cell a, Cell b) {
        return Math.abs(a.size() - b.size()) <= 0.5f && a.bold() == b.bold();
    }

    private static boolean styledLike(Cell c, Cell heading) {
        return sameStyle(c, heading) && Math.abs(c.x0() - heading.x0()) <= 2 * heading.size();
    }
}
