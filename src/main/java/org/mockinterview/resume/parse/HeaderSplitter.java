package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an entry's header text into its parts (title, organisation, location) at separators outside
 * parentheses, and cleans the parts: list numbering, durations, links and role prefixes.
 */
final class HeaderSplitter {

    private static final Pattern STRONG = Pattern.compile("\\s+[|·・•—–]\\s+|\\s+-\\s+|\\s+@\\s+|\\|");
    private static final Pattern CONNECTOR = Pattern.compile("\\s+(?:at|for|with|chez|bei|para|en|em|bij|presso)\\s+(?=[\\p{Lu}\\d])"
            + "|(?<=\\S)@(?=\\p{Lu})|\\s+@\\s+(?=[\\p{Lu}\\d])");
    private static final Pattern LIST_ONLY = Pattern.compile("\\s*\\|\\s*|\\s+[·•]\\s+");
    static final Pattern COMMA = Pattern.compile(",\\s+");
    private static final Pattern DASH = Pattern.compile("\\s+[—–-]\\s+");
    private static final Pattern NUMBERING = Pattern.compile("^\\(?\\d{1,2}\\s*[-.)]\\s+|^\\(\\d{1,2}\\)\\s*");
    private static final Pattern PAREN_DURATION = Pattern.compile(
            "\\(\\s*\\d+\\+?\\s*(?:years?|yrs?|months?|mos?|mois|ans?|monate?|jahre?|meses|años|anos)\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    private HeaderSplitter() {
    }

    /** The parts of one header cell; dashes and "at" separate parts only in experience-like entries. */
    static List<String> split(String cell, boolean splitDashes) {
        String text = PAREN_DURATION.matcher(cell).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String piece : splitOutside(text, splitDashes ? STRONG : LIST_ONLY)) {
            String p = clean(piece);
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** Title and organisation joined in one part: "Title, Org", "Title at Org", "Title for Org (City)". */
    static List<String> titleAndOrganisation(String part) {
        List<String> byComma = withCorporateSuffixes(splitOutside(part, COMMA));
        // "Title, Organisation for Something": a title before the comma wins over a connector inside the name
        if (byComma.size() >= 2 && TitleLexicon.endsWithTitleWord(byComma.get(0))
                && !TitleLexicon.endsWithTitleWord(byComma.get(1)) && !HeaderParts.startsLowercase(byComma.get(1))) {
            // "Title, Org for Something[, City]": the second comma sets off the place
            return List.of(clean(byComma.get(0)), clean(byComma.get(1)));
        }
        if (byComma.size() == 2 && TitleLexicon.titleScore(byComma.get(0)) > 0
                && TitleLexicon.titleScore(byComma.get(1)) == 0 && !CONNECTOR.matcher(byComma.get(0)).find()
                && !HeaderParts.startsLowercase(byComma.get(1))) {
            // "Research Fellow, Centre for Applied Computing": the comma sets off the organisation, whose own
            // name may hold a connector word; "Dataanalytiker, betalningar" names the title's field
            return List.of(clean(byComma.get(0)), clean(byComma.get(1)));
        }
        List<String> byConnector = splitOutside(part, CONNECTOR);
        if (byConnector.size() == 2) {
            return List.of(clean(byConnector.get(0)), clean(byConnector.get(1)));
        }
        if (byConnector.size() > 2 && TitleLexicon.titleScore(byConnector.get(0)) > 0) {
            // "Analista en Datos en Red Andina": the first connector after the title; later ones are the name's
            Matcher first = CONNECTOR.matcher(part);
            if (first.find(byConnector.get(0).length())) {
                return List.of(clean(part.substring(0, first.start())), clean(part.substring(first.end())));
            }
        }
        if (byComma.size() >= 3) {
            // "Title, Organisation, City[, remark]": what follows the second part is place and remarks
            return List.of(clean(byComma.get(0)), clean(byComma.get(1)));
        }
        if (byComma.size() == 2) {
            int a = TitleLexicon.titleScore(byComma.get(0));
            int b = TitleLexicon.titleScore(byComma.get(1));
            if (a != b && !HeaderParts.startsLowercase(byComma.get(1))) {
                return List.of(clean(byComma.get(0)), clean(byComma.get(1)));
            }
        }
        return List.of(part);
    }

    private static final Pattern CORPORATE_SUFFIX = Pattern.compile("(?i)(?:" + Sentences.CORPORATE_FORMS + ")");

    /** "Proseware, Inc." is one name: a corporate suffix after a comma stays with the name before it. */
    private static List<String> withCorporateSuffixes(List<String> pieces) {
        List<String> out = new ArrayList<>();
        for (String piece : pieces) {
            if (!out.isEmpty() && CORPORATE_SUFFIX.matcher(piece.strip().replace(".", "")).matches()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + piece.strip());
            } else {
                out.add(piece);
            }
        }
        return out;
    }

    /** A project name without its list number, link or trailing period, and without a role before a comma. */
    static String projectName(String raw) {
        String name = withoutLinks(raw);
        // "TramNLP (2021, open source)": what is left in brackets once the date was cut out is a note, no name
        name = DATE_LEFTOVER.matcher(name).replaceFirst("").strip();
        // "Harbour Routing (course project, CS 412 Network" wrapped inside its note: the note is no part of it
        name = UNCLOSED_NOTE.matcher(name).replaceFirst("").strip();
        List<String> byDash = splitOutside(name, DASH);
        if (namedBeforeDash(byDash)) {
            // "Name — what it is": the name comes before the dash; "Project Lead - Name": a role comes first
            name = (roleFirst(byDash) ? String.join(" - ", byDash.subList(1, byDash.size())) : byDash.get(0)).strip();
        }
        List<String> byComma = splitOutside(name, COMMA);
        if (byComma.size() == 2 && TitleLexicon.titleScore(byComma.get(0)) > 0
                && TitleLexicon.titleScore(byComma.get(1)) <= 0) {
            name = byComma.get(1);
        }
        return name.replaceAll("[.:;,]+$", "").strip();
    }

    /** The header without its links, in brackets or after a dash: they point at the project, they do not name it. */
    private static String withoutLinks(String raw) {
        String name = WebAddress.IN_BRACKETS.matcher(clean(raw)).replaceAll("").strip();
        return WebAddress.AFTER_SEPARATOR.matcher(name).replaceFirst("").strip();
    }

    /** A short name before a dash and words after it: "Name — what it is" (or "Project Lead - Name"). */
    private static boolean namedBeforeDash(List<String> byDash) {
        return byDash.size() >= 2 && byDash.get(0).split("\\s+").length <= 7 && byDash.get(1).split("\\s+").length >= 2;
    }

    /** "Project Lead - Name": a job title before the dash, and none after it. */
    private static boolean roleFirst(List<String> byDash) {
        return TitleLexicon.titleScore(byDash.get(0)) > 0 && TitleLexicon.titleScore(byDash.get(1)) <= 0;
    }

    /** What follows the name's dash ("Name — what it is"), which {@link #projectName} leaves out; empty if none. */
    static java.util.Optional<String> afterNameDash(String raw) {
        List<String> byDash = splitOutside(withoutLinks(raw), DASH);
        return namedBeforeDash(byDash) && !roleFirst(byDash)
                ? java.util.Optional.of(String.join(" – ", byDash.subList(1, byDash.size())).strip())
                : java.util.Optional.empty();
    }

    private static final Pattern UNCLOSED_NOTE = Pattern.compile("(?<=\\S\\s{1,3}\\S{1,40})\\s*\\([^()]*$");
    private static final Pattern DATE_LEFTOVER = Pattern.compile("\\s*\\(\\s*\\|[^()]*\\)\\s*$");

    /** "Kaggle: Ferry Delay Forecasting — Bronze medal": the competition's platform heads its name. */
    static final Pattern COMPETITION_PLATFORM = Pattern.compile("(?i)^(?:kaggle|drivendata|zindi|aicrowd"
            + "|codalab|topcoder|numerai|devpost|signate|tianchi|dacon)\\s*[:|]\\s*(?=\\S)");

    /** Strips list numbering and the separators left when a date was cut out. */
    static String clean(String piece) {
        return Sentences.withoutFinalStop(DatePatterns.strip(NUMBERING.matcher(DatePatterns.strip(piece)).replaceFirst(""))
                .strip()).strip();
    }

    /** Splits at the separator's matches that are not inside parentheses or brackets. */
    static List<String> splitOutside(String text, Pattern separator) {
        List<String> out = new ArrayList<>();
        Matcher m = separator.matcher(text);
        int start = 0;
        while (m.find()) {
            if (depth(text, m.start()) == 0) {
                out.add(text.substring(start, m.start()));
                start = m.end();
            }
        }
        out.add(text.substring(start));
        return out;
    }

    private static int depth(String text, int end) {
        int depth = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return depth;
    }
}
