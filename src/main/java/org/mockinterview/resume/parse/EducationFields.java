package org.mockinterview.resume.parse;

import org.mockinterview.resume.profile.ResumeProfile.Education;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads an education entry: the institution, the degree or programme, and the dates, in whatever order they come. */
final class EducationFields {

    private EducationFields() {
    }

    static Optional<Education> education(Entry entry) {
        EntryHeader.Parts h = EntryHeader.of(entry, true);
        // a grade or a header word in the header names nothing the entry keeps
        List<String> parts = joinSplitDegree(h.parts().stream().filter(p -> !isGradeOrLabel(p) && !startsWithGrade(p))
                .toList());
        List<String> candidates = new ArrayList<>(parts);
        entry.descriptions.stream().limit(3).forEach(d -> candidates.addAll(HeaderSplitter.split(d, true)));
        candidates.removeIf(c -> startsWithGrade(c) || isGradeOrLabel(c));
        String institution = null;
        String degree = null;
        for (String c : candidates) {
            List<String> pieces = new ArrayList<>();
            for (String piece : HeaderSplitter.splitOutside(c, COMMA)) {
                List<String> split = DegreeAndSchool.split(piece);
                if (split.size() == 2 && institution == null) {
                    institution = split.get(1);
                }
                pieces.add(split.get(0));
            }
            for (int i = 0; i < pieces.size(); i++) {
                String piece = pieces.get(i);
                boolean namesPlace = TitleLexicon.isInstitution(piece) && TitleLexicon.degreeAt(piece) != 0;
                if (institution == null && namesPlace) {
                    institution = institutionIn(piece);
                } else if (degree == null && (TitleLexicon.hasDegree(piece) || i == 0 && institution != null
                        && c == candidates.get(0)) && !namesPlace) {
                    // the field of study often follows the degree after a comma
                    List<String> rest = new ArrayList<>();
                    for (int k = i; k < pieces.size(); k++) {
                        String p = pieces.get(k);
                        // the degree itself stays though it names a university ("Grado Universitario en …")
                        if (k == i || !TitleLexicon.isInstitution(p) && !DatePatterns.isLocation(p)) {
                            rest.add(p);
                        }
                    }
                    degree = DatePatterns.strip(String.join(", ", rest));
                }
            }
        }
        if (degree != null) {
            degree = GRADE_NOTE.matcher(GRADE.matcher(degree).replaceAll("")).replaceAll("").strip();
            int dash = Math.max(degree.lastIndexOf(" – "), Math.max(degree.lastIndexOf(" — "), degree.lastIndexOf(" - ")));
            if (dash > 0 && GRADE_CELL.matcher(degree.substring(dash + 3)).matches()) {
                degree = degree.substring(0, dash).strip(); // "B.Eng. Electrical Engineering – Second Class Upper"
            }
        }
        if (institution == null && !parts.isEmpty() && (h.dates() != null || degree != null)) {
            String first = parts.get(0);
            institution = first.equals(degree) ? (parts.size() > 1 ? parts.get(1) : null) : first;
            if (degree == null && parts.size() >= 2 && words(parts.get(1)) < words(first)) {
                // "Web Development | Aptech": a school's name is shorter than the programme beside it
                institution = parts.get(1);
            }
        }
        if (degree == null && institution != null) {
            // "Semester Abroad | University of Melbourne": what the header names besides the place is the programme
            for (String part : parts) {
                if (!part.equals(institution) && !TitleLexicon.isInstitution(part) && !DatePatterns.isLocation(part)
                        && part.split("\\s+").length <= 10) {
                    degree = part;
                    break;
                }
            }
        }
        if (institution == null && degree == null || degree == null && institution != null
                && !TitleLexicon.isInstitution(institution) && (DETAIL_LINE.matcher(institution.strip()).find()
                || DatePatterns.isLocation(institution.strip()))) {
            // a town alone ("Tarrow, UK" beside the dates) is where the entry above was, no school of its own
            // "GPA: 3.7 / 4.0", "Honours: Dean's List", "magna" (a wrapped "magna cum laude"), "(UFX)": a detail of the entry above
            return Optional.empty();
        }
        return Optional.of(EntryConfidence.of(new Education(institution, degree, h.dates(), null)));
    }

    /**
     * The education sections' entries in order. Where one section lists only schools ("Institutions Attended with
     * Dates") and another as many qualifications with no school ("Educational Qualifications"), as West African
     * CVs print them, the n-th school earned the n-th qualification.
     */
    static List<Education> pairSchoolsWithQualifications(List<List<Education>> sections) {
        List<Education> all = new ArrayList<>();
        sections.forEach(all::addAll);
        if (sections.size() != 2 || sections.get(0).size() != sections.get(1).size() || sections.get(0).isEmpty()) {
            return all;
        }
        List<Education> schools = onlySchools(sections.get(0)) ? sections.get(0)
                : onlySchools(sections.get(1)) ? sections.get(1) : null;
        List<Education> qualifications = schools == sections.get(0) ? sections.get(1) : sections.get(0);
        if (schools == null || !qualifications.stream().allMatch(EducationFields::onlyQualification)) {
            return all;
        }
        List<Education> paired = new ArrayList<>();
        for (int i = 0; i < schools.size(); i++) {
            Education q = qualifications.get(i);
            String degree = q.degree() != null ? q.degree() : q.institution();
            String dates = schools.get(i).dates() != null ? schools.get(i).dates() : q.dates();
            paired.add(EntryConfidence.of(new Education(schools.get(i).institution(), degree, dates, null)));
        }
        return paired;
    }

    private static boolean onlySchools(List<Education> entries) {
        return entries.stream().allMatch(e -> e.degree() == null && e.institution() != null
                && TitleLexicon.isInstitution(e.institution()) && !TitleLexicon.hasDegree(e.institution())
                && !SCHOOL_LEAVING.matcher(e.institution()).find());
    }

    /** An entry that names a qualification and no school: the degree, or a certificate read as the institution. */
    private static boolean onlyQualification(Education e) {
        return e.degree() != null && (e.institution() == null || !TitleLexicon.isInstitution(e.institution()))
                || e.degree() == null && e.institution() != null && (TitleLexicon.hasDegree(e.institution())
                        || SCHOOL_LEAVING.matcher(e.institution()).find());
    }

    /** A school-leaving qualification, which names a school's level: "Senior School Certificate", "KCSE". */
    private static final Pattern SCHOOL_LEAVING = Pattern.compile("(?iu)\\b(?:certificate|examination|diploma)\\b");

    private static final Pattern COMMA = Pattern.compile(",\\s*");
    /** A line under a degree that names its grade, honours, stream or thesis, or the wrapped tail of a line. */
    private static final Pattern DETAIL_LINE = Pattern.compile("(?iu)\\b(gpa|cgpa|grade|honou?rs?|dean['’]?s|cum laude|magna"
            + "|summa|thesis|minor|stream|coursework|modules|dissertation|distinction|scholarship)\\b"
            + "|^\\(\\S+\\)$|^\\p{Ll}\\S*$");
    /** A grade or a thesis after the degree: "GPA 3.8/4.0", "; thesis: …", "(Note 1,6)", "(8.7/10)". */
    private static final Pattern GRADE = Pattern.compile("(?iu)\\s*[;,|(]?\\s*\\b(?:c?gpa|grade|thesis|dissertation|"
            + "tesis|tese|mémoire|masterarbeit|bachelorarbeit|abschlussnote)\\b.*$");
    private static final Pattern GRADE_NOTE = Pattern.compile("(?iu)\\s*\\((?:note|nota|média|moyenne|voto|"
            + "durchschnitt|score)?\\s*:?\\s*\\d+(?:[.,]\\d+)?\\s*(?:/\\s*\\d+(?:[.,]\\d+)?)?\\s*%?\\)\\s*$"
            // a school-leaving qualification's subjects and their grades: "A-levels: Mathematics (A*), Physics (A)"
            + "|\\s*:\\s*[^:]+\\([A-E]\\*?\\)(?:\\s*,\\s*[^,]+\\([A-E]\\*?\\))+\\s*$");
    /** "Lagundi City Science High School": a school's name ending in its kind, which alone would be a qualification. */
    private static final Pattern NAMED_SCHOOL = Pattern.compile("(?iu)\\p{Lu}.*\\s(?:high|secondary) school\\W*");

    /** The institution in a piece that may also name the degree; CJK names are one token ("東京大学 工学部 修士"). */
    private static String institutionIn(String piece) {
        if (!TitleLexicon.hasDegree(piece) || NAMED_SCHOOL.matcher(piece).matches()) {
            return DatePatterns.strip(piece);
        }
        for (String token : piece.split("\\s+")) {
            if (token.codePoints().anyMatch(TextRepair::isCjk) && TitleLexicon.isInstitution(token)) {
                return token;
            }
        }
        return null;
    }

    /**
     * "M.SC." ‖ "IN COMPUTER SCIENCE": a degree in small capitals prints its capitals apart, and the gap after the
     * abbreviation parts the cells; the field that follows on a connector word is the same degree.
     */
    private static List<String> joinSplitDegree(List<String> parts) {
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            if (!out.isEmpty() && FIELD_CONTINUES.matcher(part).lookingAt()
                    && TitleLexicon.degreeAt(out.getLast()) == 0 && words(out.getLast()) <= 2) {
                out.set(out.size() - 1, out.getLast() + " " + part);
            } else {
                out.add(part);
            }
        }
        return out;
    }

    private static final Pattern FIELD_CONTINUES = Pattern.compile("(?iu)(?:in|of|en|em|in der|für)\\s+\\p{L}");

    /** "GPA 3.91/4.0", "Note: 1,3": a grade and its label, never the school. */
    private static boolean startsWithGrade(String part) {
        return GRADE_FIRST.matcher(part.strip()).lookingAt();
    }

    private static final Pattern GRADE_FIRST = Pattern.compile("(?iu)" + TitleLexicon.GRADE_WORD + "\\b");

    /**
     * A table's grade or classification cell ("Second Class Upper Division", "First Class Honours", "Grade A-",
     * "9 subjects") or a column's header word ("Jenjang", "Xếp loại") that a table's row or header let through:
     * neither names the school nor the degree.
     */
    static boolean isGradeOrLabel(String cell) {
        String c = cell.strip();
        return GRADE_CELL.matcher(c).matches() || words(c) <= 3 && ColumnHeaders.header(c) != null
                && !TitleLexicon.isInstitution(c) && !TitleLexicon.hasDegree(c);
    }

    /** A classification or a grade standing alone in a cell, in the notations of several school systems. */
    private static final Pattern GRADE_CELL = Pattern.compile("(?iu)(?:(?:first|second|third|1st|2nd|3rd)[- ]class"
            + "(?:[- ](?:upper|lower))?(?:[- ](?:division|honou?rs))?(?:[- ](?:upper|lower))?"
            + "|(?:upper|lower) second(?:[- ]class)?(?: honou?rs)?|(?:first|second|third) division"
            + "|(?:mean )?grade:? [a-f][+-]?|\\d+ (?:subjects|passes|credits)|\\d+ ?[a-f][+-]?(?:,? \\d+ ?[a-f][+-]?)*"
            + "|(?:with )?(?:distinction|merit|credit)|(?:summa |magna )?cum laude"
            // the level a row stands for, in a column of its own (Philippine "Educational Attainment")
            + "|tertiary|secondary|primary|elementary)\\W*");

    /** The field of study after "in" in a South Asian degree's name ("B.Sc. in CSE", "B.Tech in ECE"), no place. */
    static final Pattern FIELD_ACRONYM = Pattern.compile(
            "(?:CSE|CS|IT|ECE|EEE|EE|ETE|EIE|ME|CE|ICT|AI|ML|AIML|AI&ML|DS|MIS|IS|BBA|EC|IE)\\W*");

    private static int words(String s) {
        return s.split("\\s+").length;
    }
}
