package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins a section heading that wrapped in a narrow column ("COMPETÊNCIAS" over "TÉCNICAS"): the second line, set
 * like the first and tight under it, is the rest of the heading, not the section's first line.
 */
final class HeadingWraps {

    /** How close under the heading, in its size, the rest of it sits: wrapped lines, not a heading's margin. */
    private static final float MAX_GAP = 0.25f;

    /** A heading that stops on a joining word or a slash: its line wrapped before the end. */
    private static final java.util.regex.Pattern UNFINISHED = java.util.regex.Pattern.compile(
            "(?iu)(?:\\s(?:and|&|of|und|et|e|y|og|och|en|i)|/)$");

    private HeadingWraps() {
    }

    static List<TextLine> join(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines.size());
        float body = lines.stream().anyMatch(TextLine::hasFont) ? HeadingClassifier.bodySize(lines) : 0;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (i + 1 < lines.size() && wraps(line, lines.get(i + 1), body)) {
                String joined = line.text().strip() + " " + lines.get(i + 1).text().strip();
                out.add(line.withCells(List.of(joined), List.of(line.cellX().get(0))));
                i++;
                continue;
            }
            out.add(line);
        }
        return out;
    }

    private static boolean wraps(TextLine first, TextLine rest, float body) {
        if (first.cells().size() != 1 || rest.cells().size() != 1 || !first.hasFont() || rest.page() != first.page()
                || first.bold() != rest.bold() || Math.abs(first.size() - rest.size()) >= 0.5f
                || rest.gapAbove() > MAX_GAP * first.size()
                || Math.abs(rest.x0() - first.x0()) > 2f && Math.abs(rest.x1() - first.x1()) > 2f) {
            // set flush left or, as the 2004 Europass sets its headings, flush right
            return false;
        }
        String head = HeadingClassifier.headingText(first);
        String tail = rest.text().strip();
        boolean caps = HeadingClassifier.isCaps(head);
        if (!first.bold() && !caps && first.size() >= body + 1 && !tail.isEmpty()
                && Character.isLowerCase(tail.codePointAt(0))) {
            // a regular-weight heading set large may wrap mid-phrase too ("Principales" over "compétences")
            return tail.split("\\s+").length <= 2 && !DatePatterns.hasDate(tail)
                    && HeadingVocabulary.kindOf(head + " " + tail).isPresent();
        }
        if (caps != HeadingClassifier.isCaps(tail) || !(first.bold() || caps)) {
            return false;
        }
        if (UNFINISHED.matcher(head).find()) {
            // "Personal skills and" over "competences", "Desired employment /" over "Occupational field"
            return tail.split("\\s+").length <= 3 && !DatePatterns.hasDate(tail)
                    && HeadingVocabulary.kindOf(head + " " + tail).isPresent();
        }
        var kind = HeadingVocabulary.kindOf(head);
        return tail.split("\\s+").length <= 2 && !DatePatterns.hasDate(tail) && kind.isPresent()
                && HeadingVocabulary.kindOf(tail).isEmpty() && HeadingVocabulary.kindOf(head + " " + tail).equals(kind);
    }
}
