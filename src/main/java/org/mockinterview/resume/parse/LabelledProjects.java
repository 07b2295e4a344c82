package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Projects under a label in a form's label column ("Projects ‖ Name – what it is" in a Europass's "Additional
 * information"): the label heads no section of its own, yet the values beside and under it are projects.
 */
final class LabelledProjects {

    /** How far left of the value column a label starts, at the least. */
    private static final float LABEL_WIDTH = 20f;

    private LabelledProjects() {
    }

    /** The lines of each projects block in a section's content, the label cut off; empty when there is none. */
    static List<List<TextLine>> blocks(List<TextLine> content) {
        List<List<TextLine>> blocks = new ArrayList<>();
        for (int i = 0; i + 1 < content.size(); i++) {
            TextLine value = valueOf(content.get(i), content.get(i + 1));
            if (value == null) {
                continue;
            }
            List<TextLine> block = new ArrayList<>(List.of(value));
            int j = i + 1;
            // the block runs on in the value column, to the next label; a finished sentence followed by a name and
            // its dash ("kelp-count – segmentation of …") ends one project's paragraph and opens the next
            while (j < content.size() && content.get(j).x0() >= value.x0() - 2 && content.get(j).page() == value.page()) {
                if (opensItem(content.get(j), content.get(j - 1))) {
                    blocks.add(block);
                    block = new ArrayList<>();
                }
                block.add(content.get(j));
                j++;
            }
            blocks.add(block);
            i = j - 1;
        }
        return blocks;
    }

    /**
     * The value of a line opened by a projects label, set as its own cell or run into the value where the gutter is
     * narrow, when the next line starts in the value column; null for any other line.
     */
    private static TextLine valueOf(TextLine line, TextLine next) {
        float column = next.x0();
        if (line.x0() > column - LABEL_WIDTH || line.page() != next.page()) {
            return null;
        }
        List<String> cells = new ArrayList<>(line.cells());
        List<Float> xs = new ArrayList<>(line.cellX());
        String[] words = cells.get(0).strip().split("\\s+", 2);
        if (cells.size() >= 2 && Math.abs(xs.get(1) - column) <= 2 && isProjectsLabel(cells.get(0))) {
            cells.remove(0);
            xs.remove(0);
        } else if (cells.size() == 1 && words.length == 2 && isProjectsLabel(words[0])
                // run into its value, the label is only told from a phrase ("Project Management") by a value that
                // reads as an entry: a name and what it is
                && words[1].split("\\s+").length >= 3) {
            cells.set(0, words[1]);
            xs.set(0, column);
        } else {
            return null;
        }
        return new TextLine(cells, xs, line.size(), line.bold(), column, line.gapAbove(), line.page(), line.x1(), null);
    }

    private static final java.util.regex.Pattern NAME_AND_DASH = java.util.regex.Pattern.compile(
            "^\\S+(?:\\s+\\S+){0,4}\\s+[–—]\\s+\\S");

    private static boolean opensItem(TextLine line, TextLine previous) {
        return previous.text().strip().matches("(?s).*[.!?)]$") && NAME_AND_DASH.matcher(line.text()).lookingAt();
    }

    private static boolean isProjectsLabel(String cell) {
        return cell.length() <= 30 && "projects".equals(HeadingVocabulary.kindOf(cell).orElse(""));
    }
}
