package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

import org.mockinterview.resume.parse.HeadingClassifier.Heading;

/**
 * Each section's lines, with a body column that runs over a page break given back to its own section: in reading
 * order a sidebar's sections come between the body's last heading on one page and the body's text on the next.
 */
final class PageContinuation {

    /** How far the first line after a page break may sit from its section heading's left edge and still follow it. */
    private static final float SAME_COLUMN = 20f;

    private PageContinuation() {
    }

    /** The lines under each heading, in heading order. */
    static List<List<TextLine>> sectionContents(List<TextLine> lines, List<Heading> headings) {
        List<List<TextLine>> contents = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            int end = h + 1 < headings.size() ? headings.get(h + 1).index() : lines.size();
            contents.add(new ArrayList<>(lines.subList(headings.get(h).index() + 1, end)));
        }
        for (int h = 1; h < headings.size(); h++) {
            TextLine heading = lines.get(headings.get(h).index());
            List<TextLine> content = contents.get(h);
            int k = 0;
            while (k < content.size() && content.get(k).page() == heading.page()) {
                k++;
            }
            if (k == content.size() || Math.abs(content.get(k).x0() - heading.x0()) <= SAME_COLUMN) {
                continue;
            }
            float x0 = content.get(k).x0();
            for (int j = h - 1; j >= 0; j--) {
                TextLine earlier = lines.get(headings.get(j).index());
                if (earlier.page() == heading.page() && Math.abs(earlier.x0() - x0) <= SAME_COLUMN) {
                    List<TextLine> moved = new ArrayList<>(content.subList(k, content.size()));
                    content.subList(k, content.size()).clear();
                    contents.get(j).addAll(moved);
                    break;
                }
            }
        }
        return contents;
    }
}
