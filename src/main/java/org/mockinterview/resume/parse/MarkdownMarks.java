package org.mockinterview.resume.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Resumes written in Markdown and printed as it reads (a README, a terminal theme): "# Name", "## Experience",
 * "**Title**", "> summary" and `code` marks are typography, not text, and are taken off before the lines are read.
 */
final class MarkdownMarks {

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+\\S");
    private static final Pattern LEADING = Pattern.compile("^(?:#{1,6}|>)\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
    // two headings set with hashes mark the whole page as Markdown; one could be a hashtag
    private static final int MIN_HEADINGS = 2;

    private MarkdownMarks() {
    }

    static List<TextLine> strip(List<TextLine> lines) {
        long headings = lines.stream().filter(l -> HEADING.matcher(l.cells().get(0)).find()).count();
        if (headings < MIN_HEADINGS) {
            return lines;
        }
        return lines.stream().map(MarkdownMarks::plain).toList();
    }

    private static TextLine plain(TextLine l) {
        List<String> cells = new java.util.ArrayList<>();
        for (int i = 0; i < l.cells().size(); i++) {
            String c = EMPHASIS.matcher(l.cells().get(i)).replaceAll("");
            cells.add(i == 0 ? LEADING.matcher(c).replaceFirst("") : c);
        }
        return l.withCells(cells, l.cellX());
    }
}
