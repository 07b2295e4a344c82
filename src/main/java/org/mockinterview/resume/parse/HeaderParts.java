package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Clean-ups of an entry header's lines and parts: a line broken mid-word, a name wrapped over two lines, an initials
 * logo, a lower-case descriptor.
 */
final class HeaderParts {

    private HeaderParts() {
    }

    /** A name that wrapped onto the next header line ("…OFFICE OF PARKS &" over "RECREATION") is one part. */
    static List<String> joinWrapped(List<String> main) {
        List<String> out = new ArrayList<>();
        for (String part : main) {
            if (!out.isEmpty() && HeadingClassifier.endsWrapping(out.getLast())) {
                out.set(out.size() - 1, out.getLast().strip() + " " + part.strip());
            } else {
                out.add(part);
            }
        }
        return out;
    }

    /** A header line that stops inside a word ("Co-") or inside brackets ("(paid"): its next line goes on with it. */
    private static final java.util.regex.Pattern BROKEN_END = java.util.regex.Pattern.compile(
            "(?u)(?:.*\\p{L}-|.*\\([^)]*)$");

    /** A line ending in last that stops mid-word or mid-bracket, finished by the short lower-case line rest. */
    private static boolean isBrokenBefore(String last, String rest) {
        return BROKEN_END.matcher(last).matches() && !rest.isEmpty() && Character.isLowerCase(rest.codePointAt(0))
                && rest.split("\\s+").length <= 6 && !DatePatterns.hasDate(rest);
    }

    /** "Organisation, Town — Title" or "Title | Organisation": two parts of a header on one line. */
    private static final java.util.regex.Pattern PARTED = java.util.regex.Pattern.compile(".*\\s[—–|]\\s.*");

    /** A line that ends in a grade's label ("…, GPA"), and a grade alone ("3.91/4.0"): the value wrapped away. */
    private static final java.util.regex.Pattern GRADE_LABEL = java.util.regex.Pattern.compile(
            "(?iu)\\b" + TitleLexicon.GRADE_WORD + "\\s*:?$");
    private static final java.util.regex.Pattern GRADE_VALUE = java.util.regex.Pattern.compile(
            "\\d{1,3}(?:[.,]\\d{1,3})?(?:\\s*/\\s*\\d{1,3}(?:[.,]\\d{1,3})?)?\\S{0,3}");

    /**
     * Joins header lines broken mid-word or mid-bracket to the short lower-case line that finishes them
     * ("Harbour Insurance — Analytics Appren-" over "tice"), and a line of two parts that runs to the text's right
     * edge to the word or two that wrapped under it ("… — Junior Data" over "Analyst"), so the title is
     * not cut at the wrap. edge is where the section's single-cell lines end.
     */
    static void joinBrokenLines(List<TextLine> header, float edge) {
        for (int i = header.size() - 2; i >= 0; i--) {
            TextLine line = header.get(i);
            TextLine next = header.get(i + 1);
            String last = line.cells().get(line.cells().size() - 1).strip();
            String rest = next.text().strip();
            if (next.cells().size() != 1 || rest.isEmpty() || DatePatterns.hasDate(rest)) {
                continue;
            }
            boolean broken = isBrokenBefore(last, rest);
            boolean wrapped = line.cells().size() == 1 && line.x1() >= 0.95f * edge && PARTED.matcher(last).matches()
                    && rest.split("\\s+").length <= 2 && !rest.contains(",") && !DatePatterns.isLocation(rest)
                    && header.size() >= 3;
            // "…, GPA" over "3.91/4.0": a grade's label wrapped away from its value
            boolean grade = GRADE_LABEL.matcher(last).find() && GRADE_VALUE.matcher(rest).matches();
            // "Analyst (intern), Water Consortium" over "(Valencia)": the note in brackets wrapped off a full line
            boolean bracketed = line.cells().size() == 1 && line.x1() >= 0.85f * edge && rest.matches("\\([^()]{1,40}\\)");
            if (broken || wrapped || grade || bracketed) {
                List<String> cells = new ArrayList<>(line.cells());
                cells.set(cells.size() - 1, last + (last.endsWith("-") ? "" : " ") + rest);
                header.set(i, line.withCells(cells, line.cellX()));
                header.remove(i + 1);
            }
        }
    }

    /**
     * The line is the title's words running on in a narrow card or column: the title reaches so near the column's
     * right edge (where its other lines end) that the line's first word could not fit after it.
     */
    static boolean wrapsTitle(TextLine title, TextLine line, List<TextLine> lines) {
        if (title.cells().size() != 1 || line.cells().size() != 1 || line.gapAbove() > line.size() / 2
                || Math.abs(line.x0() - title.x0()) > 2 || ContactExtractor.isContactDetail(title.text())
                || ContactExtractor.isContactDetail(line.text()) || line.text().contains("@")) {
            return false;
        }
        float edge = Float.NEGATIVE_INFINITY;
        int others = 0;
        for (TextLine l : lines) {
            // the column's text: plain lines starting at the title's edge or indented under it
            if (l != title && l != line && !l.bold() && l.page() == title.page() && l.x0() >= title.x0() - 2
                    && l.x0() <= title.x0() + 3 * title.size()) {
                edge = Math.max(edge, l.x1());
                others++;
            }
        }
        String firstWord = line.text().strip().split("\\s+")[0];
        float perChar = (title.x1() - title.x0()) / Math.max(1, title.text().strip().length());
        return others >= 2 && title.x1() + perChar * (firstWord.length() + 1) > edge;
    }

    /** Joins a project's bold title to the lines it wrapped onto ("Open Transit Reliability" over "Dashboard"). */
    static void joinWrappedTitle(List<TextLine> header, List<TextLine> lines) {
        for (int i = 0; i + 1 < header.size(); i++) {
            while (i + 1 < header.size() && header.get(i).bold()
                    && HeaderSignals.sameStyle(header.get(i), header.get(i + 1))
                    && wrapsTitle(header.get(i), header.get(i + 1), lines)) {
                TextLine title = header.get(i);
                String joined = TextRepair.joinWrapped(title.text().strip(), header.get(i + 1).text().strip());
                header.set(i, title.withCells(List.of(joined), title.cellX()));
                header.remove(i + 1);
            }
        }
    }

    /** A logo drawn as the organisation's initials ("NP" beside "Nuvembra Pagamentos") is no part of the header. */
    static void dropInitialsLogo(List<String> parts) {
        List<String> all = List.copyOf(parts);
        parts.removeIf(p -> p.strip().matches("\\p{Lu}{2,3}") && all.stream().anyMatch(o -> o != p
                && subsequence(p.strip(), initials(o))));
    }

    private static boolean subsequence(String letters, String in) {
        int at = 0;
        for (int i = 0; i < in.length() && at < letters.length(); i++) {
            if (in.charAt(i) == letters.charAt(at)) {
                at++;
            }
        }
        return at == letters.length();
    }

    private static String initials(String part) {
        StringBuilder out = new StringBuilder();
        for (String w : part.strip().split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                out.appendCodePoint(w.codePointAt(0));
            }
        }
        return out.toString();
    }

    static boolean startsLowercase(String part) {
        String t = part.strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    /**
     * "Quarry Mutual Health-Dayton, OH": a job board's export joins the employer to its town with a bare hyphen.
     * The employer has two words at least, so a hyphenated town ("Winston-Salem, NC") stays a town, and the
     * first hyphen after its last word parts it from the town.
     */
    private static final java.util.regex.Pattern EMPLOYER_HYPHEN_PLACE = java.util.regex.Pattern.compile(
            "(\\S+(?:\\s+[^\\s-]+)+)-(\\p{Lu}[\\p{L}.' -]*,\\s*\\p{Lu}{2})");

    /** The employer and the town of an employer joined to its town by a bare hyphen, or null. */
    static String[] employerHyphenPlace(String cell) {
        java.util.regex.Matcher m = EMPLOYER_HYPHEN_PLACE.matcher(cell.strip());
        return m.matches() ? new String[]{m.group(1).strip(), m.group(2).strip()} : null;
    }
}
