package org.mockinterview.question;

import org.mockinterview.resume.profile.ResumeProfile;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Decides whether a parsed project name, organization or job title is fit to be quoted back to the candidate. */
public final class SubjectNames {

    /** Why a value is not a name. */
    public enum Problem {
        BLANK, CONTACT, NO_WORD, MOSTLY_DIGITS, DATE, SENTENCE, TOO_LONG, DANGLING_WORD, TRUNCATED, RUN_TOGETHER
    }

    /** Which field a value was read as: organizations and titles never carry a date, a project name may. */
    enum Field {
        NAME, ORGANIZATION, TITLE
    }

    static final int MAX_WORDS = 8;
    static final int MAX_CHARS = 70;

    private static final Pattern LEADING_BULLET = Pattern.compile(
            "^(?:[\\p{So}\\p{Sm}\\p{Pd}•·▪◦●○■□►▸‣⁃∙*>~]+\\s*"
            + "|o\\s+(?=\\p{Lu})|\\(?\\d{1,2}[.)]\\s+)+");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("[\\s:;,|/\\p{Pd}•·]+$");
    private static final Pattern MONTH_OR_SEASON = Pattern.compile("(?i)\\b(?:" + String.join("|",
            sortedByLength(ResumeWords.MONTHS, ResumeWords.SEASONS)) + ")\\b\\.?");
    private static final Pattern DATE_RANGE = Pattern.compile("(?i)(?:" + MONTH_OR_SEASON.pattern()
            + ")\\s*(?:'?\\d{2,4}\\b|to\\b|until\\b|[\\p{Pd}])"
            + "|\\b(?:19|20)\\d{2}\\s*(?:[\\p{Pd}]|to\\b)\\s*(?:(?:19|20)?\\d{2}\\b|present|current|now|today)"
            + "|\\b\\d{1,2}/(?:19|20)?\\d{2}\\b");
    private static final Pattern SEPARATOR = Pattern.compile("\\s[|•·▪@]\\s|\\t| {3,}");
    /** Items of a list: "Python、SQL、R", "Kafka, Flink, Spark". */
    private static final Pattern LIST_ITEM_SEPARATOR = Pattern.compile("[,、;，]");
    /** A bare web address in lower case ("acme-payments.example"): a link printed under an entry, no employer. */
    private static final Pattern BARE_DOMAIN = Pattern.compile("^[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,10}(?:/\\S*)?$");
    private static final Set<String> STOPWORDS = Set.of("the", "and", "for", "with", "from", "into", "of");

    private SubjectNames() {
    }

    /** Whitespace collapsed, a leading bullet and trailing separators removed; "" for null. */
    static String clean(String raw) {
        String s = ResumeWords.tidy(raw);
        s = LEADING_BULLET.matcher(s).replaceFirst("");
        return TRAILING_SEPARATOR.matcher(s).replaceFirst("").strip();
    }

    public static boolean isName(String s) {
        return problem(s, Field.NAME).isEmpty();
    }

    public static boolean isOrganization(String s) {
        return problem(s, Field.ORGANIZATION).isEmpty();
    }

    public static boolean isTitle(String s) {
        return problem(s, Field.TITLE).isEmpty();
    }

    /** A project entry that may be named in a question: trusted, with a name that reads as one. */
    public static boolean wellFormed(ResumeProfile.Project p) {
        return p != null && p.trusted() && isName(p.name());
    }

    /**
     * How sure the parser must be of a role before a question names it. Below this the roles read off real resumes
     * are mostly a form's labels ("Position | Company name"), a title cut in two or a sentence taken for the employer,
     * and "Tell me about a time at Employer as Position" costs the candidate's trust; projects keep the parser's own
     * bar, since a short lowercase name ("parquet-prune") is often a real one.
     */
    static final double NAMEABLE_ROLE = 0.7;

    /** A role that may be named in a question: sure enough, with a readable title and organization. */
    public static boolean wellFormed(ResumeProfile.Experience e) {
        return e != null && (e.confidence() == null || e.confidence() >= NAMEABLE_ROLE) && isTitle(e.title())
                && isOrganization(e.organization());
    }

    /** True when the parser's entries cannot be relied on: none at all, or one of them untrusted or malformed. */
    public static boolean entriesUncertain(ResumeProfile profile) {
        if (profile == null) {
            return true;
        }
        List<ResumeProfile.Project> projects = profile.projects() == null ? List.of() : profile.projects();
        List<ResumeProfile.Experience> roles = profile.experience() == null ? List.of() : profile.experience();
        if (projects.isEmpty() && roles.isEmpty()) {
            return true;
        }
        return projects.stream().anyMatch(p -> !wellFormed(p)) || roles.stream().anyMatch(e -> !wellFormed(e));
    }

    /** A technology or method fit for "you used {technology}": a short term, not a sentence or a date. */
    static boolean isTerm(String raw) {
        String s = clean(raw);
        if (s.isEmpty() || s.length() > 40 || words(s).length > 5 || ResumeWords.isContact(s)) {
            return false;
        }
        // "R", "C++" and "C#" are technologies, though as names they would be too short or mostly symbols
        return s.codePoints().anyMatch(Character::isLetter) && problem(s, Field.NAME)
                .filter(p -> p != Problem.NO_WORD && p != Problem.MOSTLY_DIGITS).isEmpty();
    }

    /** A metric fit for "you report {metric}": has a number, short, no contact details. */
    static boolean isMetric(String raw) {
        String s = clean(raw);
        return !s.isEmpty() && s.length() <= 90 && words(s).length <= 14 && s.chars().anyMatch(Character::isDigit)
                && !ResumeWords.isContact(s) && !s.endsWith(".");
    }

    /** The first reason the value is not a name of this field, or empty when it reads as one. */
    static Optional<Problem> problem(String raw, Field field) {
        String s = clean(raw);
        if (s.isEmpty()) {
            return Optional.of(Problem.BLANK);
        }
        if (ResumeWords.isContact(s) || BARE_DOMAIN.matcher(s).matches()) {
            return Optional.of(Problem.CONTACT);
        }
        if (field == Field.NAME && LIST_ITEM_SEPARATOR.matcher(s).results().count() >= 2) {
            return Optional.of(Problem.RUN_TOGETHER); // a list of tools read as a project's name
        }
        String[] words = words(s);
        boolean dateWord = ResumeWords.YEAR.matcher(s).find() || MONTH_OR_SEASON.matcher(s).find();
        if (dateWord && isDate(s, words, field)) {
            return Optional.of(Problem.DATE);
        }
        long letters = s.codePoints().filter(Character::isLetter).count();
        if (letters < 2) {
            return Optional.of(Problem.NO_WORD);
        }
        long visible = s.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        if (letters * 2 < visible) {
            return Optional.of(Problem.MOSTLY_DIGITS);
        }
        if (isDate(s, words, field)) {
            return Optional.of(Problem.DATE);
        }
        if (isSentence(s, words)) {
            return Optional.of(Problem.SENTENCE);
        }
        if (words.length > MAX_WORDS || s.length() > MAX_CHARS) {
            return Optional.of(Problem.TOO_LONG);
        }
        String last = words[words.length - 1];
        // "Fjordline Freight AS": a legal form in capitals ends a Norwegian firm's name; "as" would dangle
        boolean legalForm = words.length > 1 && last.length() >= 2 && isCapitals(last)
                && !isCapitals(words[words.length - 2]);
        if (ResumeWords.DANGLING_END.contains(ResumeWords.word(last)) && !legalForm
                || ResumeWords.DANGLING_START.contains(ResumeWords.word(words[0]))) {
            return Optional.of(Problem.DANGLING_WORD);
        }
        if (s.endsWith("…") || s.endsWith("...")) {
            return Optional.of(Problem.TRUNCATED);
        }
        if (isRunTogether(s, words)) {
            return Optional.of(Problem.RUN_TOGETHER);
        }
        return Optional.empty();
    }

    private static boolean isDate(String s, String[] words, Field field) {
        boolean allDate = true;
        for (String w : words) {
            allDate &= ResumeWords.isDateWord(w);
        }
        if (allDate || DATE_RANGE.matcher(s).find()) {
            return true;
        }
        if (field == Field.NAME) {
            return false; // "Advent of Code 2020" and "Spring Boot migration" are fine project names
        }
        if (ResumeWords.YEAR.matcher(s).find()) {
            return true;
        }
        String first = ResumeWords.word(words[0]);
        boolean monthFirst = ResumeWords.MONTHS.contains(first) || ResumeWords.SEASONS.contains(first);
        // "Feb", "Summer 2019", "Feb to ..." are dates; "Spring Health" or "May Mobility" are organizations
        return monthFirst && (words.length == 1 || ResumeWords.isDateWord(words[1])
                || ResumeWords.DANGLING_END.contains(ResumeWords.word(words[1])));
    }

    private static boolean isCapitals(String word) {
        return word.equals(word.toUpperCase(java.util.Locale.ROOT)) && !word.equals(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isSentence(String s, String[] words) {
        if (ResumeWords.isActionVerb(words[0])) {
            return true;
        }
        if (s.endsWith("。") || s.endsWith("!") || s.endsWith("?")) {
            return true;
        }
        if (!s.endsWith(".") || s.endsWith("...")) {
            return false;
        }
        // "Acme Inc.", "Foo Co.", "S.A.": an abbreviation ends the name, not a full stop
        String last = words[words.length - 1];
        String bare = last.substring(0, last.length() - 1);
        boolean abbreviation = bare.contains(".") || (bare.length() <= 4 && !bare.isEmpty()
                && Character.isUpperCase(bare.codePointAt(0)));
        return !abbreviation;
    }

    private static boolean isRunTogether(String s, String[] words) {
        if (SEPARATOR.matcher(s).find() || !balanced(s)) {
            return true;
        }
        // "droneseed talk PyCascades talk ...": a lower-case word that comes back is a second entry glued on
        Set<String> seen = new HashSet<>();
        for (String w : words) {
            String key = ResumeWords.word(w);
            if (key.length() >= 3 && !STOPWORDS.contains(key) && !seen.add(key)
                    && (Character.isLowerCase(w.codePointAt(0)) || words.length >= 6)) {
                return true;
            }
        }
        return false;
    }

    private static boolean balanced(String s) {
        int round = 0;
        int square = 0;
        for (char c : s.toCharArray()) {
            round += c == '(' ? 1 : c == ')' ? -1 : 0;
            square += c == '[' ? 1 : c == ']' ? -1 : 0;
            if (round < 0 || square < 0) {
                return false;
            }
        }
        return round == 0 && square == 0;
    }

    static String[] words(String s) {
        return s.strip().split("\\s+");
    }

    private static List<String> sortedByLength(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        // longest first, so "september" wins over "sep" in the alternation
        return all.stream().sorted((x, y) -> y.length() != x.length() ? y.length() - x.length() : x.compareTo(y))
                .map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }
}
