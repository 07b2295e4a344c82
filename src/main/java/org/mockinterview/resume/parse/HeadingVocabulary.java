package org.mockinterview.resume.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Section heading words in several languages, mapped to the kind of section they open. */
final class HeadingVocabulary {

    private HeadingVocabulary() {
    }

    /** Checked before the ordered stems: "Software Skills" is skills, "Research Interests" is interests. */
    private static final Map<String, String> FIRST = new LinkedHashMap<>();

    static {
        // "Competências linguísticas", "Sprachkenntnisse", "Compétences linguistiques": language skills are languages
        for (String stem : List.of("linguíst", "lingüíst", "linguist", "sprachkenntnis", "sprachen", "jazyk")) {
            FIRST.put(stem, "languages");
        }
        // checked in order: "Skills & Interests" is skills
        for (String stem : List.of("skill", "competenc", "kenntnisse", "compétence")) {
            FIRST.put(stem, "skills");
        }
        for (String stem : List.of("interest", "intérêt", "intereses", "hobb")) {
            FIRST.put(stem, "interests");
        }
        // before the education stems: "information" ends in French "formation"
        for (String stem : List.of("personal information", "personal details", "persönliche daten",
                "datos personales", "dados pessoais", "informations personnelles", "informazioni personali",
                "informação pessoal", "información personal", "persönliche informationen", "personalia",
                "personalien", "persoonsgegevens", "personuppgifter", "dane osobowe", "data pribadi", "data diri",
                "osobní údaje", "personlige oplysninger", "personalia", "henkilötiedot",
                "maklumat peribadi", "butiran peribadi")) {
            FIRST.put(stem, "contact");
        }
        // further training is courses and certificates, not a degree ("Weiterbildung" ends in "bildung")
        for (String stem : List.of("weiterbildung", "fortbildung", "continuing education", "professional development",
                "further training", "formación complementaria", "formação complementar", "formation continue")) {
            FIRST.put(stem, "certifications");
        }
        // "Academic Appointments" are jobs at universities; "Positions of Responsibility" are student roles
        FIRST.put("appointment", "experience");
        // "Career Summary" and "Career Profile" sum the candidate up; "career" alone opens a work history
        for (String stem : List.of("career summary", "career profile", "career overview")) {
            FIRST.put(stem, "summary");
        }
        FIRST.put("positions of responsibility", "other");
        // "Kaggle & Competitions": the competitions entered, each a project with its write-up
        FIRST.put("kaggle", "projects");
        // West African CVs list the schools apart from the qualifications earned there
        for (String stem : List.of("institutions attended", "institution attended", "schools attended")) {
            FIRST.put(stem, "education");
        }
        // Indonesian and Malay: "Pengalaman Organisasi" is student and club work, not employment
        FIRST.put("pengalaman organisasi", "other");
        // "Bahasa" alone or as language ability; "Bahasa Melayu" is a language the candidate speaks
        for (String stem : List.of("kemampuan bahasa", "penguasaan bahasa", "kemahiran bahasa")) {
            FIRST.put(stem, "languages");
        }
        // a "Career Objective" states what the candidate seeks: a summary, not a work history; so does the
        // Europass "Job applied for" ("Posizione ricoperta", "Desired employment / Occupational field")
        for (String stem : List.of("objective", "objetivo", "objectif", "obiettivo", "posizione ricoperta",
                "job applied for", "desired employment", "preferred job", "occupational field", "poste visé",
                "emploi recherché", "puesto solicitado", "empleo deseado", "gewünschte beschäftigung",
                "angestrebte", "posição a que se candidata", "emprego pretendido")) {
            FIRST.put(stem, "summary");
        }
        // any other "information" (informação, información, Informationen) is no education section
        // ("Laurea in Informatica", "Informatik" are computer science, no information)
        for (String stem : List.of("informaç", "informaci", "informatio", "informazion", "informasi")) {
            FIRST.put(stem, "other");
        }
        // a Japanese 職務経歴書: the "summary of duties", the "experience, knowledge and skills to offer" and
        // "personal development" sections name 職務 and 経験 too
        FIRST.put("要約", "summary");
        FIRST.put("活かせる", "skills");
        FIRST.put("個人開発", "projects");
    }

    private static final java.util.regex.Pattern JOB_TITLE = java.util.regex.Pattern.compile("(?iu)\\b(engineer|scientist"
            + "|developer|analyst|manager|intern|researcher|consultant|designer|director|assistant|officer|specialist"
            + "|architect|associate|professor|lecturer|ingénieur|ingeniero|entwickler)\\b");

    private static final java.util.regex.Pattern ORGANISATION_HEAD = java.util.regex.Pattern.compile("(?iu)\\s(centre|center"
            + "|institute|laboratory|foundation|council|agency|trust|society|limited|ltd|inc|gmbh|plc|llc)$");

    /**
     * "Institute of Technology", "Harbour Logistics Technologies": a school or a firm by its name, whose words hold a
     * skills stem; "Tools & Technologies" and "Key Technologies" stay headings.
     */
    private static final java.util.regex.Pattern ORGANISATION_NAME = java.util.regex.Pattern.compile("(?iu)\\b(?:institute"
            + "|university|college|school|academy) of\\b|^(?!.*\\b(?:tools?|skills?|languages?|frameworks?|programming|key"
            + "|core|technical|other|and|platforms?|software|stack|my|main|used)\\b)(?:[\\p{L}-]+ )+technologies$");

    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile(
            "^(?:\\d{1,2}|[ivx]{1,4})[.)]\\s+");
    /** A section's number on a line of its own ("04.", "IV", "3)"), as portfolio pages set it over the heading. */
    private static final java.util.regex.Pattern SECTION_NUMBER = java.util.regex.Pattern.compile(
            "\\s*(?:\\d{1,2}|[ivx]{1,4})[.)]?\\s*", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A section number set without a stop, as LaTeX's article class prints it: "1   Education", not "5 years". */
    private static final java.util.regex.Pattern BARE_NUMBER = java.util.regex.Pattern.compile(
            "^\\d{1,2}\\s+(?=\\p{Lu})(?!(?:Years?|Yrs|Months?|Weeks?|Days?)\\b)");
    private static final java.util.regex.Pattern BRACKET_LABEL_WITH_TEXT = java.util.regex.Pattern.compile(
            "(?:[•・]\\s*)?【[^】]{1,12}】\\s*\\S.*");
    private static final java.util.regex.Pattern SKILLS_ALONE = java.util.regex.Pattern.compile(
            "(?:my |technical |data |the )?toolkit|informática|informatica|ofimática|informatique|edv");
    private static final java.util.regex.Pattern FORM_PART = java.util.regex.Pattern.compile(
            "(?:section|part|teil|abschnitt|sección|seção|parte|rubrique|bagian)\\s+(?:\\d{1,2}|[a-h])\\s*[:.\\-–]\\s*");
    /** An annotation in brackets after a heading's words: "(2 years 4 months)", "(selected)". */
    private static final java.util.regex.Pattern TRAILING_NOTE = java.util.regex.Pattern.compile(
            "(?<=\\S)\\s*[(（][^()（）]{1,30}[)）]$");
    /** The document's own title, which names no section of it. */
    private static final java.util.regex.Pattern DOCUMENT_TITLE = java.util.regex.Pattern.compile(
            "(?:職務)?経歴書|履歴書|경력기술서|이력서|个人简历|简历|lebenslauf|curriculum vitae|hoja de vida|curr[ií]culo|resume|résumé");

    /** A line that holds only a section's number, the next heading's. */
    static boolean isSectionNumber(String line) {
        return SECTION_NUMBER.matcher(line).matches();
    }

    /** A heading's words without a section number set as LaTeX sets it ("1   Education" is "Education"). */
    static String withoutBareNumber(String heading) {
        return BARE_NUMBER.matcher(heading.strip()).replaceFirst("");
    }

    /** The kind of section a heading opens, or empty when the line does not read like a heading. */
    static Optional<String> kindOf(String line) {
        // "İŞ DENEYİMİ" lower-cases to i + a combining dot above; "## Experience" keeps markdown's marks
        String h = BARE_NUMBER.matcher(line.strip()).replaceFirst("").toLowerCase(Locale.ROOT).replace("\u0307", "").strip().replaceAll("^#{1,6}\\s+", "")
                .replaceAll("[:：.]+$", "").strip();
        // a numbered heading ("02. Experience", "II. Education", "3) Skills") is still its words
        h = NUMBERING.matcher(h).replaceFirst("");
        // an application form's numbered parts ("Section 3: Previous employment") name their content at length
        java.util.regex.Matcher part = FORM_PART.matcher(h);
        boolean formPart = part.lookingAt();
        h = formPart ? h.substring(part.end()) : h;
        // an annotation after the words ("Work Experience (2 years 4 months)", "Projects (selected)") is no part
        h = TRAILING_NOTE.matcher(h).replaceFirst("");
        if (BRACKET_LABEL_WITH_TEXT.matcher(h).matches()) {
            return Optional.empty(); // "【概要】需要予測の開発": a field label and its value, as a 職務経歴書 prints duties
        }
        if (h.isEmpty() || h.length() > 40 || h.matches(".*[\\d@].*") || h.contains(",") || h.contains("、") || h.contains("，")) {
            return Optional.empty();
        }
        long cjk = h.codePoints().filter(TextRepair::isCjk).count();
        // "&" and "and" join the heading's words, they add none ("Selected Projects & Open Source")
        int words = (int) java.util.Arrays.stream(h.split("\\s+")).filter(w -> !w.equals("&") && !w.equals("and")).count();
        // a form's heading may name two things ("Desired employment / Occupational field")
        if (cjk == 0 && words > (formPart || h.contains(" / ") ? 6 : 4) || cjk > 12) {
            return Optional.empty();
        }
        if (DOCUMENT_TITLE.matcher(h).matches()) {
            return Optional.empty(); // the document's own title, not a section of it
        }
        if (JOB_TITLE.matcher(h).find() || ORGANISATION_HEAD.matcher(h).find() || ORGANISATION_NAME.matcher(h).find()) {
            // "Research Scientist" is an entry's title and "Kivu Research Centre" an employer, not research sections
            return Optional.empty();
        }
        java.util.regex.Matcher note = NAME_THEN_NOTE.matcher(h);
        if (note.matches() && kindOf(note.group(1)).isEmpty()) {
            // "tide-lake — open source": a project's name and a note on it, whatever words the note uses
            return Optional.empty();
        }
        String whole = WHOLE_HEADINGS.get(h);
        if (whole != null) {
            return Optional.of(whole);
        }
        if (SKILLS_ALONE.matcher(h).matches()) {
            // alone; "Reprojection Toolkit" names a project, "Engenharia Informática" a degree
            return Optional.of("skills");
        }
        for (Map.Entry<String, String> e : FIRST.entrySet()) {
            if (hasStem(h, e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        for (Map.Entry<String, List<String>> e : HeadingStems.STEMS.entrySet()) {
            for (String stem : e.getValue()) {
                if (hasStem(h, stem)) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern NAME_THEN_NOTE = java.util.regex.Pattern.compile("(.+?)\\s+[—–]\\s+.+");

    /**
     * Headings known only as a whole, whose words elsewhere mean something else: JSON Resume's "Work", Malay's
     * "Bahasa", a builder's sidebar of "Details" or profile links ("Perfis"), XING's "Ich biete" (what I offer) and
     * "Ich suche" (what I am looking for).
     */
    private static final Map<String, String> WHOLE_HEADINGS = Map.ofEntries(Map.entry("bahasa", "languages"),
            Map.entry("work", "experience"), Map.entry("details", "contact"), Map.entry("perfis", "contact"),
            Map.entry("perfiles", "contact"), Map.entry("profils", "contact"), Map.entry("profiles", "contact"),
            Map.entry("ich biete", "skills"), Map.entry("ich suche", "summary"), Map.entry("about", "summary"),
            // "about me" in the languages whose words for it are everyday words elsewhere
            Map.entry("sobre mim", "summary"), Map.entry("sobre mí", "summary"), Map.entry("sobre mi", "summary"),
            Map.entry("acerca de mí", "summary"), Map.entry("à propos", "summary"), Map.entry("a propos", "summary"),
            Map.entry("à propos de moi", "summary"), Map.entry("chi sono", "summary"), Map.entry("su di me", "summary"),
            Map.entry("over mij", "summary"), Map.entry("om mig", "summary"), Map.entry("om meg", "summary"));

    private static final java.util.regex.Pattern SCHOOL = java.util.regex.Pattern.compile(
            "\\b(universit\\p{L}*|institut\\p{L}*|college|school|escuela|escola|hochschule|polytechnic|academy)\\b");

    /** True when the line names a job ("Staff Engineer – Acme"): an entry's title, whatever its font. */
    static boolean namesAJob(String line) {
        return JOB_TITLE.matcher(line).find() || TitleLexicon.hasTitleWord(line);
    }

    /**
     * A stem that starts a word of the heading, or ends one as the head of a compound; the agent noun made from it
     * is another word ("Profiler" is not a profile section), and so is the adjective in a school's name. Stems in
     * scripts without spaces match anywhere.
     */
    private static boolean hasStem(String heading, String stem) {
        int from = heading.indexOf(stem);
        if (from < 0) {
            return false;
        }
        if (!Character.isLetter(stem.charAt(0)) || stem.codePoints().anyMatch(TextRepair::isCjk)) {
            return true;
        }
        while (from >= 0) {
            boolean wordStart = from == 0 || !Character.isLetter(heading.charAt(from - 1));
            String rest = heading.substring(from + stem.length()).split("[^\\p{L}]", 2)[0];
            // German compounds end in the heading word: "Praxiserfahrung", "Berufsausbildung"
            boolean compoundHead = stem.length() >= 5 && rest.matches("(?:e?n|e?s|e)?");
            // nor is the adjective in a school's name: "Technological University" is no technologies section
            boolean adjective = rest.matches("ical|ic[oa]s?|isch(e[nrs]?)?") && SCHOOL.matcher(heading).find();
            if (wordStart && !rest.matches("e?rs?") && !adjective || compoundHead) {
                return true;
            }
            from = heading.indexOf(stem, from + 1);
        }
        return false;
    }
}
