package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

/** What the lines of a CV form are beside its labelled rows: instructions, counters, addresses, headers, items. */
final class FormLines {

    /** The form's instructions to whoever fills it in: "Please give your most recent post first …". */
    static final java.util.regex.Pattern INSTRUCTION = java.util.regex.Pattern.compile(
            "(?iu)(?:please|bitte|por favor|veuillez|si prega|proszę)\\s+\\p{L}+");
    /** "Project #2", "Project 3:" alone: a count over a project block whose name is in its labelled rows. */
    static final java.util.regex.Pattern PROJECT_NUMBER = java.util.regex.Pattern.compile(
            "(?i)(?:project|projekt|proyecto|projeto|projet)\\s*(?:#|no\\.?\\s*)?\\d{1,2}\\s*:?");
    /** A street number or a postcode: a line of an address. */
    static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("\\d");

    private FormLines() {
    }

    /** A row that opens with a form label beside its value. */
    static boolean labelRow(TextLine line) {
        return line.cells().size() >= 2 && FormLabels.role(line.cells().get(0)) != null;
    }

    /**
     * A line of the activities field that names a year, as one of the entry's items ("• Rewrote the solver
     * (Fortran 2008)"): the year never reads as another entry's dates.
     */
    static TextLine asItem(TextLine line) {
        String text = line.cells().getFirst().strip();
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0)) || HeadingClassifier.isBullet(text)
                || !DatePatterns.hasDate(line.text())) {
            return line;
        }
        List<String> cells = new ArrayList<>(line.cells());
        cells.set(0, "• " + text);
        return line.withCells(cells, line.cellX());
    }

    /** An employer's name and its dates, alone on a line: the header of a form entry whose labels follow. */
    static boolean datedEmployer(TextLine line) {
        return line.cells().size() == 2 && DatePatterns.isOnlyDate(line.cells().get(1))
                && !DatePatterns.hasDate(line.cells().get(0)) && FormLabels.role(line.cells().get(0)) == null
                && HeadingVocabulary.kindOf(line.cells().get(0)).isEmpty();
    }

    /**
     * A line under an activities label that goes on with them: not a section heading, not a line set off by a
     * paragraph's gap, and not the next entry's dated header ("Brightwater Survey Services ‖ 04/2017 - 09/2020").
     */
    static boolean continuesActivities(TextLine line) {
        return HeadingVocabulary.kindOf(line.text()).isEmpty() && line.gapAbove() < Math.max(1, line.size()) * 0.6f
                && !(line.cells().size() >= 2 && DatePatterns.hasDate(line.text()));
    }
}
