package org.mockinterview.resume.parse;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads CV forms (Europass and the label/value tables of a Lebenslauf): a row whose first cell is a printed field
 * label ("Occupation or position held", "Name of employer") is replaced by its value, and each form entry is put
 * in the order a resume prints it: title, organization, dates, then what the candidate did.
 */
final class FormLabels {

    /** What a form label says its value is. */
    enum Role {
        DATES, TITLE, PROJECT, ORGANIZATION, DURATION, PLACE, ACTIVITIES, DEGREE, INSTITUTION, SUBJECTS, NAME, DROP,
        CONTACT
    }

    private FormLabels() {
    }

    /** Lower case, accents and the punctuation a label may carry (":", "(s)") removed, spaces collapsed. */
    static String fold(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        // a format hint is no part of the label: "Date started (MM/YYYY)"
        t = t.replaceAll("\\((?:mm|dd|yy|yyyy|jjjj|aaaa|[/.\\- ])+\\)", "");
        // "name(s)" folds to one word, so a label keeps its word count and can be cut off the front of a cell
        t = t.replaceAll("[():*]", "");
        return t.replaceAll("[^\\p{L}\\p{N}/'\\- ]", " ").replaceAll("\\s+", " ").strip();
    }

    /** A serial number alone in a cell ("1.", "(2)", "3"), as numbered forms and tables print their rows. */
    static final java.util.regex.Pattern SERIAL = java.util.regex.Pattern.compile("\\(?\\d{1,2}[.)]?");

    /** "1. ‖ Organisation: ‖ Acme Ltd": a numbered form entry's first row is its label and value. */
    private static TextLine withoutSerialNumber(TextLine l) {
        if (l.cells().size() >= 3 && SERIAL.matcher(l.cells().get(0).strip()).matches()
                && role(l.cells().get(1)) != null) {
            return l.withoutFirstCell();
        }
        return l;
    }

    private static final java.util.regex.Pattern SURNAME_FIRST =
            java.util.regex.Pattern.compile("([\\p{L}'’ -]+),\\s*([\\p{L}'’ -]+)");
    private static final java.util.regex.Pattern BRACKET_LABEL = java.util.regex.Pattern.compile("【[^】]{1,12}】");

    /**
     * The line without the labels that hold no content in any layout: a name field's label ("Name ‖ Ana Ruiz"
     * leaves the name) and labels in lenticular brackets ("【主な業務】", main duties).
     */
    private static TextLine withoutFieldLabels(TextLine l) {
        if (l.cells().size() >= 2 && role(l.cells().get(0)) == Role.NAME) {
            // "Name ‖ Ana Ruiz Ortega": the field's value is the name, in any layout; a comma in a name field puts
            // the surname first ("RUIZ ORTEGA, Ana")
            TextLine value = l.withoutFirstCell();
            java.util.regex.Matcher inverted = SURNAME_FIRST.matcher(value.cells().get(0).strip());
            return value.cells().size() == 1 && inverted.matches()
                    ? value.withCells(List.of(inverted.group(2) + " " + TextRepair.titleCase(inverted.group(1))),
                            value.cellX()) : value;
        }
        if (l.cells().size() < 2 || l.cells().stream().noneMatch(c -> BRACKET_LABEL.matcher(c.strip()).matches())) {
            return l;
        }
        List<String> cells = new java.util.ArrayList<>();
        List<Float> xs = new java.util.ArrayList<>();
        for (int i = 0; i < l.cells().size(); i++) {
            if (!BRACKET_LABEL.matcher(l.cells().get(i).strip()).matches()) {
                cells.add(l.cells().get(i));
                xs.add(l.cellX().get(i));
            }
        }
        return l.withCells(cells, xs);
    }

    /** The role of a printed label, or null when the text is not a form label. */
    static Role role(String cell) {
        // no label runs past this length; most cells are longer, and folding them is most of the cost
        return cell == null || cell.length() > MAX_LABEL ? null : FormLabelVocabulary.LABELS.get(fold(cell));
    }

    private static final int MAX_LABEL = 70;

    /**
     * The role of a label cut by its column's width: the first three or more words of a known label, with the
     * rest alone on the next row. Null when the text is no such start.
     */
    static Role wrappedRole(String cell) {
        String f = fold(cell);
        if (f.split(" ").length < 3) {
            return null;
        }
        for (Map.Entry<String, Role> e : FormLabelVocabulary.LABELS.entrySet()) {
            if (e.getKey().startsWith(f + " ")) {
                return e.getValue();
            }
        }
        return null;
    }

    /**
     * The lines with form labels read: unchanged unless at least three rows open with a label beside a value, the
     * sign of a form rather than a resume that happens to print "Email" before an address.
     */
    static List<TextLine> read(List<TextLine> lines) {
        // a table's header row ("期間 ‖ 業務内容 ‖ 役割・規模", "Dates ‖ Position ‖ Employer") names columns, holds nothing
        // "Series: 1560 ‖ Pay Plan: GS ‖ Grade: 13": a row of fields of no use to a profile, in any layout
        lines = StackedLabels.pair(lines).stream()
                .filter(l -> l.cells().size() < 2 || !l.cells().stream().allMatch(c -> role(c) != null)
                        && !l.cells().stream().allMatch(FormLabels::opensWithDroppedLabel))
                .map(FormLabels::withoutSerialNumber).map(FormLabels::withoutFieldLabels).toList();
        int labelled = labelled(lines);
        List<TextLine> prefixed = lines.stream().map(l -> LabelPrefixes.split(l).orElse(l)).toList();
        int labelledPrefixed = labelled(prefixed);
        if (labelledPrefixed >= 3 && labelledPrefixed > labelled + 1) {
            // labels run into their values: the same form, its label column set flush against the values
            lines = prefixed;
            labelled = labelledPrefixed;
        }
        List<TextLine> inline = lines.stream().map(FormLabels::inlineLabel).filter(java.util.Objects::nonNull).toList();
        int labelledInline = labelled(inline);
        if (labelledInline >= 3 && labelledInline > labelled) {
            // "Cargo: Analista" in one cell: the same form, its labels set inline
            lines = inline;
            labelled = labelledInline;
        }
        if (labelled < 3) {
            // the 2013 Europass sets a few labels in the value's own cell: "Business or sector Retail"
            return lines.stream().filter(l -> l.cells().size() > 1 || !opensWithDroppedLabel(l.cells().get(0)))
                    .toList();
        }
        return new FormEntries(lines).read();
    }

    private static int labelled(List<TextLine> lines) {
        int n = 0;
        for (TextLine l : lines) {
            n += l.cells().size() >= 2 && role(l.cells().get(0)) != null ? 1 : 0;
        }
        return n;
    }

    private static final java.util.regex.Pattern INLINE_LABEL = java.util.regex.Pattern.compile("^([^:：]{2,40})[:：]\\s*(.*)$");
    private static final java.util.Set<Role> INLINE_ROLES = java.util.EnumSet.of(Role.TITLE, Role.PROJECT,
            Role.ORGANIZATION, Role.DATES, Role.PLACE, Role.ACTIVITIES, Role.DEGREE, Role.INSTITUTION, Role.DROP);

    /**
     * A one-cell line "Cargo: Analista" split into its label and value cells; a label alone ("Funciones y logros:")
     * that announces the entry's text is dropped (null). Other lines are unchanged.
     */
    private static TextLine inlineLabel(TextLine l) {
        java.util.regex.Matcher m = l.cells().size() == 1 ? INLINE_LABEL.matcher(l.cells().get(0).strip()) : null;
        Role r = m != null && m.matches() ? role(m.group(1)) : null;
        if (r == null || !INLINE_ROLES.contains(r)) {
            return l;
        }
        if (m.group(2).isBlank()) {
            return r == Role.ACTIVITIES ? null : l;
        }
        float share = (float) m.group(1).length() / l.cells().get(0).strip().length();
        return l.withCells(List.of(m.group(1).strip(), m.group(2).strip()),
                List.of(l.x0(), l.x0() + share * (l.x1() - l.x0()) + 4));
    }

    /** A label that wrapped in its column: the start of a known label on one row, its rest alone on the next. */
    static boolean wrappedLabel(String start, String rest) {
        return role(start) == null && FormLabelVocabulary.LABELS.containsKey(fold(start + " " + rest));
    }

    /** A cell that opens with a label of no use to a profile ("Business or sector Retail"): the row is dropped. */
    static boolean opensWithDroppedLabel(String cell) {
        if (cell.length() > 2 * MAX_LABEL) {
            return false;
        }
        String f = fold(cell);
        if (DROPPED_PHRASES.stream().anyMatch(k -> f.startsWith(k + " "))) {
            return true;
        }
        // "Salary: $61,000 per year", "Supervisor: Ms. …": a one-word label with its colon, then the value
        int colon = cell.indexOf(':');
        return colon > 0 && colon < 30 && role(cell.substring(0, colon)) == Role.DROP;
    }

    /** The labels of several words whose rows are dropped, decided once. */
    private static final List<String> DROPPED_PHRASES = FormLabelVocabulary.LABELS.entrySet().stream()
            .filter(e -> e.getValue() == Role.DROP && e.getKey().contains(" ")).map(Map.Entry::getKey).toList();

    /**
     * A cell opened by a two-part name label, with the label cut off ("First name(s) / Surname(s) Ana Ruiz"
     * gives "Ana Ruiz"), or null. Only such labels: a bare "Name" may well be part of a sentence.
     */
    static String afterNameLabel(String cell) {
        String f = fold(cell);
        for (Map.Entry<String, Role> e : FormLabelVocabulary.LABELS.entrySet()) {
            if (e.getValue() == Role.NAME && e.getKey().contains("/") && f.startsWith(e.getKey() + " ")) {
                String[] words = cell.strip().split("\\s+");
                int n = e.getKey().split(" ").length;
                return words.length > n ? String.join(" ", List.of(words).subList(n, words.length)) : null;
            }
        }
        return null;
    }
}
