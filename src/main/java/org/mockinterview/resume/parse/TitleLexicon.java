package org.mockinterview.resume.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Words that mark a header part as a job title, an organisation, an institution or a degree, in several languages. */
final class TitleLexicon {

    private static final Set<String> TITLE_WORDS = Set.of("engineer", "engineering", "developer", "intern",
            "internship", "scientist", "analyst", "researcher", "assistant", "manager", "lead", "leader", "founder",
            "co-founder", "cofounder", "cto", "ceo", "cfo", "coo", "vp", "president", "director", "consultant", "fellow",
            "trainee", "architect", "specialist", "associate", "head", "operator", "designer", "contributor", "officer",
            "professor", "lecturer", "student", "tutor", "administrator", "technician", "programmer", "coordinator",
            "advisor", "adviser", "statistician", "biostatistician", "economist", "actuary", "strategist", "postdoc", "postdoctoral", "member", "volunteer", "principal", "staff", "senior",
            "junior", "sr", "jr", "owner", "editor", "instructor", "mentor", "maintainer", "freelancer", "freelance",
            "contractor", "apprentice", "partner", "chief", "executive", "representative", "clerk", "teacher",
            // the jobs career switchers held before data work
            "nurse", "pharmacist", "accountant", "auditor", "planner", "scheduler", "teller", "physician", "paralegal",
            "attorney", "lawyer", "underwriter", "adjuster", "dispatcher", "supervisor", "recruiter", "trader",
            "banker", "therapist", "paramedic", "librarian", "journalist",
            "werkstudent", "ingenieur", "entwickler", "praktikant", "berater", "leiter", "wissenschaftler",
            "ingénieur", "développeur", "stagiaire", "chercheur", "chef", "responsable", "alternant", "doctorant",
            "ingeniero", "desarrollador", "becario", "investigador", "analista", "cientista", "desenvolvedor",
            "estagiário", "estagiario", "pesquisador", "gerente", "consultor", "científico", "practicante", "pasante",
            "engenheiro", "coordenador", "coordinador", "assistente", "asistente", "jefe", "técnico", "tecnico",
            "profesor", "arquitecto", "arquiteto", "diretor", "especialista", "científica", "cientifica", "ingeniera",
            "desarrolladora", "investigadora", "engenheira", "desenvolvedora", "pesquisadora", "estagiária",
            "estagiaria", "consultora", "coordinadora", "coordenadora", "profesora", "directora", "diretora",
            "werkstudentin", "praktikantin", "ingénieure", "développeuse", "chercheuse", "doctorante", "becaria", "jefa",
            "técnica",
            // Italian, Dutch, Nordic, Czech, Finnish, Malay and Indonesian job words
            "assegnista", "borsista", "ricercatore", "ricercatrice", "dottorando", "dottoranda", "tirocinante",
            "stagista", "sviluppatore", "sviluppatrice", "ingegnere", "docente", "professore", "professoressa",
            "promovendus", "onderzoeker", "ontwikkelaar", "stagiair", "medewerker", "adviseur", "studerende",
            "studentermedhjælper", "forsker", "forskare", "udvikler", "utvikler", "utvecklare", "ingeniør", "konsulent",
            "analytiker", "rådgiver", "leder", "stipendiat", "doktorand", "doktorandin", "handledare",
            "analytik", "vývojář", "inženýr", "výzkumník", "stážista", "tutkija", "kehittäjä", "harjoittelija",
            "insinööri", "jurutera", "penganalisis", "pelatih", "pengurus", "pembangun", "eksekutif", "magang",
            "analis", "insinyur", "pengembang", "manajer",
            // Polish job words, in both genders where they differ
            "analityk", "analityczka", "stażysta", "stażystka", "praktykant", "praktykantka", "programista",
            "programistka", "kierownik", "kierowniczka", "specjalista", "specjalistka", "badacz", "badaczka",
            "inżynierka", "konsultant", "konsultantka", "asystent", "asystentka");
    /** German job titles are compounds ("Softwareentwickler", "Projektleiter"): their last word decides. */
    private static final java.util.List<String> TITLE_SUFFIXES = java.util.List.of("entwickler", "ingenieur", "berater",
            "leiter", "manager", "analyst", "architekt", "wissenschaftler", "praktikant", "engineer", "developer",
            "analytiker", "udvikler", "utvikler", "utvecklare", "ingeniør", "forsker", "konsulent", "studerende",
            "medhjælper", "assistent", "onderzoeker", "ontwikkelaar", "tutkija", "kehittäjä", "analytik");
    private static final Set<String> ORG_WORDS = Set.of("inc", "llc", "ltd", "corp", "corporation", "company", "co",
            "gmbh", "ag", "sa", "sas", "sarl", "bv", "plc", "pty", "ltda", "university", "universität", "université",
            "universidad", "universidade", "college", "institute", "lab", "labs", "laboratory", "research", "group",
            "technologies", "technology", "systems", "solutions", "bank", "school", "foundation", "agency", "studio",
            "capital", "consulting", "organization", "ai", "health", "hospital", "ministry", "google", "microsoft",
            "amazon", "meta", "facebook", "apple", "nvidia", "ibm", "deepmind", "openai", "startup", "media",
            "partners", "holdings", "ventures", "networks", "center", "centre",
            "instituto", "empresa", "banco", "sociedad", "grupo", "gruppe", "kg", "se",
            // the trade a company names itself by ("Moorgate Insurance", "Harrow Energy"): no town is called so
            "insurance", "assurance", "energy", "retail", "logistics", "pharma", "pharmaceuticals",
            "telecom", "telecoms", "airlines", "airways", "motors", "foods", "financial", "games",
            "robotics", "mobility", "commerce", "utilities", "bancorp", "insights", "co-operative",
            "cooperative");
    /** A unit inside an organisation ("Data Team", "Claims Department"): never a place. */
    private static final Set<String> UNIT_WORDS = Set.of("team", "department", "dept", "unit", "division", "squad",
            "desk", "abteilung", "équipe", "equipe", "equipo", "equipa", "departamento", "afdeling");
    /**
     * Job words of languages that write them without spaces (Chinese, Japanese, Korean) or as phrases of several
     * syllables (Vietnamese "chuyên viên", "thực tập sinh"), which the word sets cannot hold.
     */
    private static final Pattern PHRASE_TITLE = Pattern.compile(".*(工程师|实习|经理|研究员|分析师|开发|エンジニア|研究員|"
            + "マネージャ|コンサルタント|サイエンティスト|アナリスト|プログラマ|デザイナー|ディレクター|リーダー|インターン|"
            + "主任|課長|部長|係長|인턴|엔지니어|연구원|개발자|매니저|팀장|분석가|과학자|데이터 사이언티스트).*"
            + "|(?iu)(?:chuyên viên|nhân viên|thực tập sinh|kỹ sư|lập trình viên|chuyên gia|trưởng nhóm|trưởng phòng"
            + "|giám đốc|nghiên cứu viên|trợ lý|quản lý)(?![\\p{L}]).*");
    /**
     * Company and institute markers of Chinese, Japanese, Korean and Vietnamese names (研究院 is an institute, 연구원
     * both; "Công ty …", "Ngân hàng …" open a Vietnamese company's or bank's name).
     */
    private static final Pattern PHRASE_ORG = Pattern.compile(".*(有限公司|股份|集团|株式会社|\\(주\\)|주식회사|대학교|大学|大學|学院|研究所|研究院"
            + "|\\p{IsHangul}{2,}\\s?\\p{IsHangul}*연구원$|銀行|银行|은행).*"
            + "|(?iu)(?:công ty|ngân hàng|tập đoàn|tổng công ty|trường|viện)(?![\\p{L}]).*|(?iu).*(?<![\\p{L}])(?:tnhh|cổ phần)(?![\\p{L}]).*");
    private static final Pattern INSTITUTION = Pattern.compile("(?iu).*(universi|college|institut|school|academy|"
            + "polytechn|hochschule|école|ecole|escuela|escola|faculdade|facultad|gymnasium|lyceum|lycée|"
            + "laborator|大学|学院|大學|대학|高校|高等学校"
            // the same words in other languages and school systems
            + "|üniversite|uniwersytet|univerzit|yliopisto|politechn|politécn|akademi|vidyalaya|vidyapeeth|colegio"
            + "|coláiste|liceo|kolej|szkoła|sekolah|sma negeri|학교|中学|高中|tafe|junior college).*");
    private static final Pattern DEGREE = Pattern.compile("(?iu)(?<![\\p{L}])(bachelor|master|h?b\\.?\\s?sc?\\.?|"
            + "m\\.?\\s?sc?\\.?|b\\.?a\\.?|m\\.?a\\.?|ph\\.?\\s?d\\.?|d\\.?phil|m\\.?phil|m\\.?eng|b\\.?eng|b\\.?e\\.|"
            + "mba|bba|llb|llm|b\\.?com|m\\.?com|bca|mca|associate|diploma|diplom|doctor|doctorate|"
            + "licence|licenciatura|licenciado|grado|mestrado|bacharelado|doutorado|magister|laurea|ingeniero|"
            + "ingénieur|abitur|matura|m[12]|l[1-3]|dut|bts|bac|máster|técnico|tecnólogo|pós-graduação|especialização|"
            + "staatsexamen|bacharel|baccalaur\\p{L}*|bachiller\\p{L}*|a-levels?|gcse|hsc|ssc|[bm][.-]?tech|"
            + "high school|secondary school|b\\.?\\s?math|b\\.?a\\.?sc|m\\.?a\\.?sc|maestr[ií]a|inżynier|licencjat|vwo|havo"
            // Turkish degrees ("Yüksek Lisans", "Lisans", "Doktora") and a German course of study ("Studium der …")
            + "|(?:yüksek |ön)?lisans|doktora|studium"
            // Indonesian and Malay degrees ("Sarjana Komputer (S.Kom.)")
            + "|sarjana|s\\.\\s?kom\\.?"
            // a certificate a school awards: "Graduate Certificate in Analytics", "Postgraduate Certificate, …"
            + "|(?:post-?graduate|graduate|professional|advanced) certificate|pg ?cert"
            + "|classes? préparatoires?|cpge|exchange (?:semester|student|program(?:me)?)|utbytesstudier"
            + "|學士|学士|硕士|博士|本科|修士|학사|석사|박사)(?![\\p{L}])");

    /** A grade's label, in the languages read here: "GPA", "CGPA", "GNO" (Turkish), "Note", "moyenne", "voto". */
    static final String GRADE_WORD = "(?:c?gpa|gno|grade|note|nota|moyenne|voto)";

    private TitleLexicon() {
    }

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}-]+");

    /** The part's words, lower-cased, split at anything but letters and hyphens. */
    private static String[] words(String part) {
        return NON_WORD.split(part.toLowerCase(Locale.ROOT));
    }

    /** Positive when the part reads like a job title, negative when it reads like an organisation. */
    static int titleScore(String part) {
        if (part == null) {
            return 0;
        }
        int score = PHRASE_TITLE.matcher(part).matches() ? 2 : 0;
        score -= PHRASE_ORG.matcher(part).matches() ? 3 : 0;
        String[] words = words(part);
        for (String w : words) {
            if (TITLE_WORDS.contains(w) || w.length() > 10
                    && TITLE_SUFFIXES.stream().anyMatch(t -> w.endsWith(t) || w.endsWith(t + "in"))) {
                score++;
            }
            if (ORG_WORDS.contains(w)) {
                score--;
            }
        }
        // an English title's head is its last word: "Laboratory Assistant", "Bank Teller" name jobs, whatever the
        // words before them would say of a company
        if (score <= 0 && words.length >= 2 && words.length <= 5 && TITLE_WORDS.contains(words[words.length - 1])) {
            return 1;
        }
        return score;
    }

    /** Every word of the part is a job-title word ("Senior Engineer"): it names a role, never an employer. */
    static boolean onlyTitleWords(String part) {
        String[] words = words(part.strip());
        return words.length > 0 && java.util.Arrays.stream(words).allMatch(TITLE_WORDS::contains);
    }

    /** True when the part's last word, the head of an English title ("Research Scientist"), is a title word. */
    static boolean endsWithTitleWord(String part) {
        String[] words = words(part.strip());
        return words.length > 0 && words.length <= 6 && titleScore(words[words.length - 1]) > 0;
    }

    /** True when any word of the part is a job-title word, in any of the scripts the lexicon knows. */
    static boolean hasTitleWord(String part) {
        for (String w : words(part)) {
            if (TITLE_WORDS.contains(w)) {
                return true;
            }
        }
        return PHRASE_TITLE.matcher(part).matches();
    }

    /** True when any word of the part is a job-title or an organisation word. */
    static boolean hasJobOrOrgWord(String part) {
        // a state's postal code after a comma ("Denver, CO", "Fort Wayne, IN") is no company word
        for (String w : words(DatePatterns.withoutStateCode(part))) {
            if (TITLE_WORDS.contains(w) || ORG_WORDS.contains(w) || UNIT_WORDS.contains(w)) {
                return true;
            }
        }
        return PHRASE_TITLE.matcher(part).matches();
    }

    /** True when the part names a unit inside an organisation: "Pricing Team", "Claims Department". */
    static boolean namesUnit(String part) {
        for (String w : words(part)) {
            if (UNIT_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean isInstitution(String part) {
        return INSTITUTION.matcher(part).matches();
    }

    /** Where the first degree word starts in the part, or -1. */
    static int degreeAt(String part) {
        java.util.regex.Matcher m = DEGREE.matcher(part.strip());
        return m.find() ? m.start() : -1;
    }

    static boolean hasDegree(String part) {
        return DEGREE.matcher(part).find();
    }
}
