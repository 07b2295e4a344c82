package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

import org.mockinterview.resume.parse.FormLabels.Role;

/**
 * One pass over the lines of a CV form: each label row becomes its value, and the rows of one form entry (dates,
 * position, activities, employer, in the form's order) come out as a resume prints an entry, header lines first.
 */
final class FormEntries {

    private final List<TextLine> lines;
    private final List<TextLine> out = new ArrayList<>();
    private TextLine title;
    private TextLine organization;
    private TextLine dates;
    private TextLine place;
    private final List<TextLine> body = new ArrayList<>();
    /** Where the values start: unlabelled lines at or right of it continue the last value. */
    private float valueX = Float.NaN;
    private boolean dropping;
    private String pendingLabel;
    private Role lastRole;
    /** After an activities label alone on its line: the paragraphs under it are the entry's text. */
    private boolean activitiesOpen;
    /** The entry is a project block: a "Role" row in it names the candidate's part, not the entry. */
    private boolean project;
    /**
     * How far left of the value's start a line may begin and still continue it: a label run into its value
     * (LabelPrefixes) gives that start only roughly.
     */
    private static final float VALUE_SLACK = 8;

    FormEntries(List<TextLine> lines) {
        this.lines = lines;
    }

    List<TextLine> read() {
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String first = line.cells().get(0);
            if (line.cells().size() == 1 && pendingLabel != null && FormLabels.wrappedLabel(pendingLabel, first)) {
                pendingLabel = null;
                continue; // the rest of a wrapped label: "covered", "education and training"
            }
            pendingLabel = null;
            Role role = line.cells().size() >= 2 ? FormLabels.role(first) : null;
            if (role == Role.DURATION) {
                // a project block's dates; a job's "Duration" row is read as printed, as a resume's date line
                role = project ? Role.DATES : null;
            }
            if (role == null && line.cells().size() >= 2) {
                role = FormLabels.wrappedRole(first);
                pendingLabel = role == null ? null : first;
            }
            if (role != null) {
                label(role, line);
            } else if (line.cells().size() == 1 && (FormLabels.opensWithDroppedLabel(first)
                    || FormLines.INSTRUCTION.matcher(first).lookingAt()
                    || FormLines.PROJECT_NUMBER.matcher(first.strip()).matches())) {
                continue;
            } else if (line.cells().size() == 1 && inEntry() && first.strip().endsWith(":")
                    && FormLabels.role(first) == Role.ACTIVITIES) {
                activitiesOpen = true; // "Duties, Accomplishments and Related Skills:" over the paragraphs
            } else if (activitiesOpen && inEntry() && FormLines.continuesActivities(line)) {
                // a paragraph's bold run-in label ("FORECASTING: …") heads no entry
                body.add(new TextLine(line.cells(), line.cellX(), line.size(), false, line.x0(), line.gapAbove(),
                        line.page(), line.x1()));
            } else if (FormLines.datedEmployer(line) && i + 1 < lines.size() && FormLines.labelRow(lines.get(i + 1))) {
                // "Brightwater Survey Services ‖ 04/2017 - 09/2020" over the entry's labelled rows
                flush();
                organization = line.withCells(line.cells().subList(0, 1), line.cellX().subList(0, 1));
                dates = line.withCells(line.cells().subList(1, 2), line.cellX().subList(1, 2));
                valueX = Float.NaN;
            } else if (line.cells().size() == 1 && FormLabels.afterNameLabel(first) != null) {
                flush();
                out.add(line.withCells(List.of(FormLabels.afterNameLabel(first)), line.cellX()));
            } else if (inEntry() && !Float.isNaN(valueX) && line.x0() >= valueX - (line.hasFont() ? VALUE_SLACK : 2)) {
                if (lastRole == Role.ORGANIZATION && body.isEmpty() && FormLines.ADDRESS.matcher(line.text()).find()) {
                    continue; // "Employer's name and address": the address's lines name no part of the entry
                }
                if (!dropping) {
                    body.add(lastRole == Role.ACTIVITIES ? FormLines.asItem(line) : line);
                }
            } else {
                flush();
                out.add(line);
            }
        }
        flush();
        return out;
    }

    private void label(Role role, TextLine line) {
        TextLine value = value(line, role == Role.TITLE || role == Role.DEGREE || role == Role.PROJECT,
                role == Role.ACTIVITIES || role == Role.SUBJECTS);
        valueX = value.x0();
        dropping = false;
        activitiesOpen = false;
        lastRole = role;
        switch (role) {
            case DATES -> {
                // dates open a Europass entry, or close a card's header ("Company / Position / Period")
                if (dates != null || title != null && organization != null && !body.isEmpty()) {
                    flush();
                }
                dates = value;
            }
            case PROJECT -> {
                flush();
                title = value;
                project = true;
            }
            case TITLE, DEGREE -> {
                if (project) {
                    dropping = true; // the candidate's role in a project block: the name stays the title
                    return;
                }
                if (title != null) {
                    flush();
                }
                title = value;
            }
            case ORGANIZATION, INSTITUTION -> {
                if (organization != null) {
                    flush();
                }
                organization = value;
            }
            case PLACE -> {
                if (place != null) {
                    flush();
                }
                place = value;
            }
            case ACTIVITIES, SUBJECTS -> {
                if (inEntry()) {
                    body.add(role == Role.ACTIVITIES ? FormLines.asItem(value) : value);
                } else {
                    out.add(value);
                }
            }
            case DROP -> dropping = true;
            case NAME, CONTACT -> {
                // FormLabels.read has already taken a name field's label off, so its value arrives as plain text
                flush();
                out.add(value);
            }
        }
    }

    private boolean inEntry() {
        return title != null || organization != null || dates != null;
    }

    /** A short line whose words open the organization's name. */
    private static boolean namesAgain(TextLine heading, TextLine organization) {
        String h = heading.text().strip().toLowerCase(java.util.Locale.ROOT);
        return heading.cells().size() == 1 && h.length() >= 3
                && organization.text().strip().toLowerCase(java.util.Locale.ROOT).startsWith(h);
    }

    /** The dates line with the place after it, as a resume prints "March 2022 – Present · Helsinki". */
    private static TextLine withPlace(TextLine dates, TextLine place) {
        return dates.withCells(List.of(dates.text().strip() + " · " + place.text().strip()), List.of(dates.x0()));
    }

    /** The entry read so far, header lines first in the order title, organization, dates and place. */
    private void flush() {
        if (organization != null && !out.isEmpty() && namesAgain(out.getLast(), organization)) {
            // a card's heading ("Brambling Tea") over its "Company: Brambling Tea AB" row names no other part
            out.removeLast();
        }
        if (dates != null && place != null) {
            dates = withPlace(dates, place);
        } else if (place != null && inEntry()) {
            out.add(place);
        }
        // the entry's header lines come out in another order than printed: the gap above the entry goes first
        float gap = 0;
        for (TextLine l : new TextLine[] {title, organization, dates}) {
            gap = l == null ? gap : Math.max(gap, l.gapAbove());
        }
        boolean first = true;
        for (TextLine l : new TextLine[] {title, organization, dates}) {
            if (l != null) {
                out.add(first ? l.withGap(gap) : l);
                first = false;
            }
        }
        out.addAll(body);
        title = null;
        organization = null;
        dates = null;
        place = null;
        body.clear();
        dropping = false;
        activitiesOpen = false;
        project = false;
    }

    /**
     * The line without its label cell; a position or degree is a header and is read as bold, the entry's text
     * under a bold label is not.
     */
    private static TextLine value(TextLine line, boolean header, boolean text) {
        List<String> cells = new ArrayList<>(line.cells().subList(1, line.cells().size()));
        List<Float> xs = new ArrayList<>(line.cellX().subList(1, line.cellX().size()));
        // "Role ‖ : Data Engineer", "Roles & Responsibilities ‖ : ‖ Developed …": the colon set before the
        // value
        if (cells.size() > 1 && cells.getFirst().strip().equals(":")) {
            cells.removeFirst();
            xs.removeFirst();
        }
        cells.set(0, cells.getFirst().replaceFirst("^\\s*:\\s*", ""));
        // a bold label ("Description ‖ : …") makes its row read as bold; the text it labels is never a header
        return new TextLine(cells, xs, line.size(), header || line.bold() && !(text && line.headBold()), xs.get(0),
                line.gapAbove(), line.page(), line.x1(), null);
    }
}
