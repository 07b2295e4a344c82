package org.mockinterview.resume.parse;

import java.util.List;

import org.mockinterview.resume.parse.HeadingClassifier.Heading;

/**
 * A job's own list set under a heading word, indented inside the work section ("Key projects delivered:" under each job
 * of a job-portal CV): the list is that heading's, and the jobs after it go back to the work section.
 */
final class NestedLists {

    /** How far right of the work section's heading a heading starts to be a label inside it. */
    private static final float NESTED_INDENT = 15f;

    private NestedLists() {
    }

    /** The contents with each nested list's trailing jobs moved back to the work section that holds the list. */
    static List<List<TextLine>> restore(List<TextLine> lines, List<Heading> headings, List<List<TextLine>> contents) {
        int parent = -1;
        for (int h = 0; h < headings.size(); h++) {
            TextLine heading = lines.get(headings.get(h).index());
            if (parent >= 0 && labelIn(heading, lines.get(headings.get(parent).index()))) {
                List<TextLine> outer = contents.get(parent);
                List<TextLine> list = contents.get(h);
                int back = resumesAt(list, outer, heading);
                if (back >= 0) {
                    outer.addAll(list.subList(back, list.size()));
                    list.subList(back, list.size()).clear();
                }
                continue;
            }
            parent = "experience".equals(headings.get(h).kind()) ? h : -1;
        }
        return contents;
    }

    /**
     * On the work section's page, set smaller than its heading, or a label with its colon, indented or unlike the
     * section headings: a label within the section or a sidebar's heading beside it. Headings centred on one axis
     * are the page's own.
     */
    private static boolean labelIn(TextLine heading, TextLine work) {
        boolean smaller = heading.size() < work.size() - 0.5f && heading.x0() >= work.x0() - 1;
        boolean indented = heading.x0() > work.x0() + NESTED_INDENT;
        // or a label with its colon where the section headings are capitals and it is not ("Key Projects:")
        boolean unlikeHeadings = HeadingClassifier.isCaps(work.text()) && !HeadingClassifier.isCaps(heading.text());
        return heading.page() == work.page() && !sameAxis(heading, work)
                && (smaller || (indented || unlikeHeadings) && heading.text().strip().endsWith(":"));
    }

    private static boolean sameAxis(TextLine a, TextLine b) {
        return Math.abs((a.x0() + a.x1()) - (b.x0() + b.x1())) <= 20;
    }

    /**
     * Where the list gives way to the work section again, or -1: a line set as the section's first entry header
     * (same left edge, size and weight) left of the list's items, with a date on it or on one of the two lines
     * after it (the next job); or, far left of the heading, a line set as one of the section's own (its text beside
     * a sidebar's).
     */
    private static int resumesAt(List<TextLine> list, List<TextLine> outer, TextLine heading) {
        if (list.isEmpty() || outer.isEmpty()) {
            return -1;
        }
        TextLine header = outer.get(0);
        float items = list.get(0).x0();
        for (int i = 1; i < list.size(); i++) {
            TextLine l = list.get(i);
            // left of the list's items, or at their edge where they are marked and it is not ("– Project …" set
            // flush with the job titles)
            boolean outside = l.x0() < items - 6 || HeadingClassifier.isBullet(list.get(0).text())
                    && !HeadingClassifier.isBullet(l.text());
            boolean nextJob = sameEdge(l, header) && outside && l.bold() == header.bold() && dated(list, i);
            boolean beside = l.page() == heading.page() && l.x0() < heading.x0() - 20
                    && outer.stream().anyMatch(o -> sameEdge(l, o));
            if (nextJob || beside) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameEdge(TextLine a, TextLine b) {
        return Math.abs(a.x0() - b.x0()) <= 1.5f && Math.abs(a.size() - b.size()) < 0.5f;
    }

    private static boolean dated(List<TextLine> list, int i) {
        for (int j = i; j < Math.min(list.size(), i + 3); j++) {
            if (DatePatterns.hasDate(list.get(j).text())) {
                return true;
            }
        }
        return false;
    }
}
