package org.mockinterview.resume.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** One piece of a school line parted into the degree and the school it was earned at, across a connector or a dash. */
final class DegreeAndSchool {
    private static final Pattern PLACE_CONNECTOR = Pattern.compile(
            "\\s+(?:at|from|in|à|an der|en|na|em|aan(?: de| het)?|presso|[—–@-])\\s+(?=\\p{Lu})");
    /** A dash between two parts of one line: "University — M.S. in …", "ON — B.Sc. in …", "MSc — University". */
    private static final Pattern DASH = Pattern.compile("\\s[—–|]\\s");

    private DegreeAndSchool() {
    }

    /** [degree, school], [degree] when the school's part was only its town, or [piece] when nothing parts it. */
    static List<String> split(String piece) {
        return schoolBesideDegree(piece).or(() -> capitalsThenSchool(piece)).orElseGet(() -> degreeAndPlace(piece));
    }

    /** A degree in capitals, then a school's name in title case: "MASTER OF SCIENCE IN DATA SCIENCE Lakeside University". */
    private static final Pattern CAPITALS_THEN_NAME = Pattern.compile(
            "((?:[\\p{Lu}\\d'’&./-]+\\s+){1,12}?[\\p{Lu}\\d'’&./-]*\\p{Lu}[\\p{Lu}\\d'’&./-]*)\\s+(\\p{Lu}\\p{Ll}.*)");

    /** "ENGINEER'S DEGREE IN …", "DIPLOMA IN …": a qualification named by its kind. */
    private static final Pattern DEGREE_WORD = Pattern.compile("(?i)\\b(degree|diploma|certificate)\\b");

    /**
     * The 2020s Europass sets a degree in capitals and the school after it on one line, told apart only by case:
     * [degree, school] when the capitals name a degree and the rest a school. Empty otherwise.
     */
    private static Optional<List<String>> capitalsThenSchool(String piece) {
        java.util.regex.Matcher m = CAPITALS_THEN_NAME.matcher(piece.strip());
        if (!m.matches() || !(TitleLexicon.hasDegree(m.group(1)) || DEGREE_WORD.matcher(m.group(1)).find())
                || !TitleLexicon.isInstitution(m.group(2))
                || TitleLexicon.isInstitution(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(List.of(m.group(1).strip(), m.group(2).strip()));
    }

    /**
     * "Harlow University — M.S. in Statistics": a degree and, across a dash, the school (or the town the school's
     * name ended with) as [degree, school]; a school's town is dropped. Empty when the dash parts nothing of the kind.
     */
    private static Optional<List<String>> schoolBesideDegree(String piece) {
        String[] sides = DASH.split(piece, 2);
        if (sides.length < 2) {
            return Optional.empty();
        }
        String left = sides[0].strip();
        String right = sides[1].strip();
        boolean degreeRight = TitleLexicon.hasDegree(right) && !TitleLexicon.hasDegree(left);
        boolean degreeLeft = TitleLexicon.hasDegree(left) && !TitleLexicon.hasDegree(right)
                && TitleLexicon.isInstitution(right);
        if (degreeRight && TitleLexicon.isInstitution(left)) {
            return Optional.of(List.of(right, left));
        }
        if (degreeRight && (DatePatterns.isLocation(left) || left.matches("\\p{Lu}{2}"))) {
            return Optional.of(List.of(right)); // "…, Halifax, NS — B.Sc. in Biology": the town ends the school's part
        }
        return degreeLeft ? Optional.of(List.of(left, right)) : Optional.empty();
    }

    /**
     * "MS in Computer Science in ENSIMAG", "M.Sc. Statistics — Lakeside University": a degree and, after the last
     * connector or dash, the place it was earned.
     */
    private static List<String> degreeAndPlace(String piece) {
        if (!TitleLexicon.hasDegree(piece) && !TitleLexicon.isInstitution(piece)) {
            return List.of(piece);
        }
        List<String> parts = HeaderSplitter.splitOutside(piece, PLACE_CONNECTOR);
        String place = parts.get(parts.size() - 1).strip();
        boolean placeLike = TitleLexicon.isInstitution(place) || place.matches("^\\p{Lu}{2,}[\\p{Lu}\\d-]*\\b.*")
                && !EducationFields.FIELD_ACRONYM.matcher(place).matches();
        if (parts.size() < 2 || TitleLexicon.hasDegree(place) || !placeLike || EducationFields.isGradeOrLabel(place)) {
            return List.of(piece);
        }
        // the degree ends where the last connector starts ("… aan de Universiteit …")
        java.util.regex.Matcher connector = PLACE_CONNECTOR.matcher(piece);
        int placeStart = piece.lastIndexOf(place);
        int start = placeStart;
        while (connector.find() && connector.end() <= placeStart) {
            start = connector.start();
        }
        return List.of(piece.substring(0, start).strip(), place.replaceAll("\\.$", ""));
    }
}
