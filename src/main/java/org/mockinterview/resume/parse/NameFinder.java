package org.mockinterview.resume.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the line that holds the candidate's name and cleans the name of titles, credentials, labels and badges. */
final class NameFinder {

    private static final Pattern NAME = Pattern.compile("^[\\p{L}][\\p{L}.'’ -]{1,60}$");

    private NameFinder() {
    }

    /** The line holding the name: the largest name-shaped line near the top (the first one in plain text). */
    static int nameIndex(List<TextLine> lines) {
        int best = -1;
        float bestSize = -1;
        // with fonts the largest name-shaped line wins, and a left sidebar read first can push it down the page
        boolean fonts = lines.stream().anyMatch(TextLine::hasFont);
        float body = fonts ? HeadingClassifier.bodySize(lines) : 0;
        boolean afterHeading = false;
        for (int i = 0; i < Math.min(lines.size(), fonts ? 80 : 12); i++) {
            TextLine line = lines.get(i);
            if (line.page() > 1) {
                break;
            }
            String text = nameCell(line);
            if (HeadingVocabulary.kindOf(text).isPresent()) {
                afterHeading = true;
            }
            if (!looksLikeName(text)) {
                continue;
            }
            if (!line.hasFont()) {
                return i;
            }
            boolean nameSized = i < 12 || line.size() >= 1.6f * body;
            // the first name-shaped line holds unless a later one is clearly larger (a big name under a small
            // banner); a name set beside its contact column can carry the column's smaller size
            // under a section heading a line is that section's content, unless it is set at display size
            boolean displaySized = line.size() >= 1.6f * body;
            if (nameSized && (best < 0 || line.size() >= 1.15f * bestSize && (!afterHeading || displaySized))) {
                best = i;
                bestSize = line.size();
            }
        }
        return best;
    }

    /**
     * Letters after a name: degrees and licences ("Ana Ruiz, MSc", ", RN", ", CFA, FRM"). Known ones only: any
     * capitals after a comma would take a place's state code too ("Austin, TX").
     */
    private static final Pattern CREDENTIALS = Pattern.compile(
            "(?:,?\\s+(?i:ph\\.?\\s?d|m\\.?sc|b\\.?sc|m\\.?eng|m\\.?res|d\\.?phil|mba|md|mph|cfa|cpa|acca|pmp|frm|dr"
            + "|rn|bsn|msn|cissp|p\\.?eng|ceng|pe)\\.?)+$");
    /** Forms of address and academic titles before a name ("Dr. ", "dr. ", "Prof. Dr. ", "Mgr. ", "Dipl.-Ing. "). */
    private static final Pattern HONORIFICS = Pattern.compile(
            "^(?:(?i:dr|prof|mr|mrs|ms|mx)\\.?\\s+|(?i:mgr|inż|ing|mag|dipl\\.-ing|drs|ir|dott|lic|rer\\. ?nat)\\.\\s*)+");
    /** Lower-case words a name may hold: nobiliary and patronymic particles ("van", "de la", "bin"). */
    private static final Pattern PARTICLE = Pattern.compile(
            "van|von|der|den|de|da|das|do|dos|del|della|di|du|la|le|bin|binti|bint|al|el|ibn|y|e|zu|ter|ten|af|av");

    /** Titles, greetings and contact labels set where a name could be, and monogram badges ("ML"). */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?iu)cv|ふりがな|フリガナ|简历"
            + "|个人简历|履歴書|職務経歴書|경력기술서|이력서|about|about me|hello|contact|overview|introduction|address|e-?mail|phone|telephone"
            + "|mobile|website|nationality|git ?hub|git ?lab|linked ?in|twitter|portfolio|kaggle|behance|dribbble|orcid"
            + "|(?-i:\\p{Lu}{1,3})");
    /** A document's title, whole or wrapped ("FORMATO EUROPEO PER IL CURRICULUM VITAE"): no name holds these words. */
    private static final Pattern DOCUMENT_TITLE = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:resume|résumé|curriculum|vitae|lebenslauf|europass|formato europeo|hoja de vida|curr[ií]culo)(?!\\p{L})");
    private static final Pattern MONOGRAM = Pattern.compile("^(\\p{Lu}{2,3})\\s+(.+)$");

    /** A name field's label before the name itself ("氏名 榊原 瑞穂", "Name: Ana Ruiz"), known by the form labels. */
    private static String withoutNameLabel(String text) {
        Matcher label = LEADING_LABEL.matcher(text);
        if (!label.find()) {
            return text;
        }
        String name = label.group(1) != null ? label.group(1) : label.group(2);
        return FormLabels.role(name) == FormLabels.Role.NAME ? text.substring(label.end()) : text;
    }

    private static final Pattern LEADING_LABEL = Pattern.compile("^([^:：]{1,30}?)\\s*[:：]\\s*(?=\\S)|^(\\S+)\\s+(?=\\S)");

    /** The line's first cell, cleaned; a monogram badge in a cell of its own before the name gives way to the name. */
    private static String nameCell(TextLine line) {
        String first = cleanName(line.cells().get(0));
        if (line.cells().size() >= 2 && first.matches("\\p{Lu}{2,3}")) {
            String joined = cleanName(first + " " + line.cells().get(1).strip());
            return joined.startsWith(first + " ") ? first : joined;
        }
        return first;
    }

    private static final java.util.regex.Pattern DISPLAY_STOP = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+(?:[ -]\\p{Lu}\\p{Ll}+){1,3}\\.");

    static String cleanName(String text) {
        String t = CREDENTIALS.matcher(withoutNameLabel(TextRepair.collapseLetterSpacing(text).strip()))
                .replaceFirst("").strip();
        // a portfolio's display name closed by a full stop ("Mara Lindqvist."), as its headline is
        t = DISPLAY_STOP.matcher(t).matches() && !TitleLexicon.hasJobOrOrgWord(t) ? t.substring(0, t.length() - 1) : t;
        String bare = HONORIFICS.matcher(t).replaceFirst("");
        t = bare.isEmpty() ? t : bare;
        // a monogram badge printed before the name ("AMR Ana Maria Ruiz"): the initials of what follows
        Matcher monogram = MONOGRAM.matcher(t);
        if (monogram.matches()) {
            StringBuilder initials = new StringBuilder();
            StringBuilder wordInitials = new StringBuilder();
            for (String w : monogram.group(2).split("[\\s-]+")) {
                if (!w.isEmpty()) {
                    initials.appendCodePoint(w.codePointAt(0));
                }
            }
            for (String w : monogram.group(2).split("\\s+")) {
                wordInitials.appendCodePoint(w.codePointAt(0));
            }
            // a double-barrelled surname gives one letter or two ("KM" or "KMI" for "Katharina Moosbrugger-Ilić")
            if (initials.toString().equals(monogram.group(1)) || wordInitials.toString().equals(monogram.group(1))) {
                t = monogram.group(2);
            }
        }
        // generators that drop the space between first and last name leave "JaneDoe"
        if (t.matches("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{Ll}+")) {
            t = t.replaceAll("(\\p{Ll})(\\p{Lu})", "$1 $2");
        }
        return t;
    }

    private static boolean looksLikeName(String text) {
        if (NOT_A_NAME.matcher(text).matches() || DOCUMENT_TITLE.matcher(text).find() || text.endsWith(".") || Character.isLowerCase(text.codePointAt(0))) {
            return false;
        }
        if (HeadingVocabulary.kindOf(text).isPresent() || WebAddress.IN_TEXT.matcher(text).find()) {
            return false;
        }
        if (!NAME.matcher(text).matches()) {
            long cjk = text.codePoints().filter(TextRepair::isCjk).count();
            return cjk >= 2 && cjk <= 4 && text.length() <= 5;
        }
        String[] words = text.split("\\s+");
        for (String w : words) {
            // "Podsumowanie zawodowe", "Curriculum vitae": a lower-case word that is no particle is a phrase
            if (w.length() >= 3 && Character.isLowerCase(w.codePointAt(0)) && !PARTICLE.matcher(w).matches()) {
                return false;
            }
        }
        return words.length <= 5 && text.length() <= 40;
    }

    /** The first of the next three lines that starts where the name starts, skipping a contact column's own lines. */
    private static TextLine nextAtEdge(List<TextLine> lines, int nameIndex) {
        TextLine line = lines.get(nameIndex);
        for (int i = nameIndex + 1; i < Math.min(lines.size(), nameIndex + 3); i++) {
            TextLine l = lines.get(i);
            boolean contactColumn = l.x0() >= line.x0() + 100;
            if (Math.abs(l.x0() - line.x0()) <= 2 || i == nameIndex + 1 && !contactColumn) {
                return l;
            }
            if (!contactColumn) {
                return null;
            }
        }
        return null;
    }

    /** The name on the line found by {@link #nameIndex}, joined with its wrapped rest; null when there is none. */
    static String name(List<TextLine> lines, int nameIndex) {
        if (nameIndex < 0) {
            return null;
        }
        String name = nameCell(lines.get(nameIndex));
        TextLine line = lines.get(nameIndex);
        // a long name in display type may wrap over two more lines ("Harriet / Nakamura- / Doyle")
        for (int k = 0, at = nameIndex; k < 2 && line.hasFont(); k++) {
            TextLine next = nextAtEdge(lines, at);
            if (next == null) {
                break;
            }
            String joined = joinWrapped(name, line, next);
            if (joined == null) {
                break;
            }
            name = joined;
            at = lines.indexOf(next);
        }
        return name;
    }

    /** The name joined with the next line when that line continues it, or null. */
    private static String joinWrapped(String name, TextLine line, TextLine next) {
        // a long name set in display type may wrap: the next line at its edge, in the same type, continues it,
        // though a contact column beside the name may share those lines
        String rest = cleanName(next.cells().get(0));
        boolean alone = next.cells().size() == 1 && Math.abs(next.size() - line.size()) < 0.5f
                && next.bold() == line.bold();
        boolean besideContacts = line.cells().size() > 1 && next.cells().size() > 1
                && Math.abs(next.headSize() - line.headSize()) < 0.5f && next.headBold() == line.headBold()
                && rest.split("\\s+").length <= 2;
        String joined = name.endsWith("-") ? name + rest : name + " " + rest;
        if ((alone || besideContacts) && next.page() == line.page() && looksLikeName(rest)
                && joined.split("\\s+").length <= 4) {
            return joined;
        }
        return null;
    }
}
