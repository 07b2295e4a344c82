package org.mockinterview.question;

import org.mockinterview.resume.profile.ResumeProfile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The candidate's own sentences about their work, cleaned so a question can quote them; metrics and tools first. */
final class WorkStatements {

    /** A quotable sentence, its short excerpt for {@code projectRef}, and what a template may ask about. */
    record Statement(String text, String excerpt, String technology, String metric, int score) {
    }

    static final Set<String> WORK_KINDS = Set.of("experience", "projects", "other");
    /** Sections that never describe work the candidate did, whatever their lines look like. */
    static final Set<String> NOT_WORK_KINDS = Set.of("contact", "summary", "languages");
    // Fewer statements than this from the work sections means the sections themselves were misread.
    private static final int ENOUGH = 3;
    static final int MAX_QUOTE = 200;
    static final int MAX_EXCERPT = 60;
    private static final int MIN_WORDS = 4;
    private static final int MIN_CJK_CHARS = 12;

    private static final Pattern BROKEN_HYPHEN = Pattern.compile("(\\p{L})[-\u2010] (\\p{Ll})");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。])\\s+(?=\\p{Lu})");
    private static final String CUT_TAIL = "[\\s,;:(\\p{Pd}]+$";
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");

    private WorkStatements() {
    }

    /**
     * @param withSections also read the work sections' items: when the entries are uncertain, the sections are
     *                     where the candidate's work is
     */
    static List<Statement> of(ResumeProfile profile, boolean withSections) {
        if (profile == null) {
            return List.of();
        }
        Set<String> covered = new HashSet<>();
        List<String> raw = new ArrayList<>();
        List<String> elsewhere = new ArrayList<>();
        if (withSections && profile.sections() != null) {
            for (ResumeProfile.Section s : profile.sections()) {
                if (s == null || s.kind() == null || s.lines() == null) {
                    continue;
                }
                if (WORK_KINDS.contains(s.kind())) {
                    raw.addAll(s.lines());
                } else if (!NOT_WORK_KINDS.contains(s.kind())) {
                    elsewhere.addAll(s.lines());
                }
            }
        }
        for (ResumeProfile.Project p : nonNull(profile.projects())) {
            if (p == null) {
                continue;
            }
            List<String> own = new ArrayList<>();
            own.add(p.summary());
            own.addAll(nonNull(p.highlights()));
            if (SubjectNames.wellFormed(p)) {
                covered.addAll(key(own));
            } else {
                raw.addAll(own);
            }
        }
        for (ResumeProfile.Experience e : nonNull(profile.experience())) {
            if (e == null) {
                continue;
            }
            if (SubjectNames.wellFormed(e)) {
                covered.addAll(key(nonNull(e.highlights())));
            } else {
                raw.addAll(nonNull(e.highlights()));
            }
        }
        List<Pattern> terms = terms(profile);
        Set<String> seen = new HashSet<>(covered);
        List<Statement> out = new ArrayList<>();
        addNew(raw, terms, seen, out);
        if (withSections && out.size() < ENOUGH) {
            // A table or column read in the wrong order files the work under another heading ("skills",
            // "certifications"); the statement test still tells a sentence of work from a list item.
            addNew(elsewhere, terms, seen, out);
        }
        // Stable: equal scores keep resume order.
        out.sort(Comparator.comparingInt((Statement s) -> -s.score()));
        return out;
    }

    /** Adds the statements among texts that were not seen before, in order. */
    private static void addNew(List<String> texts, List<Pattern> terms, Set<String> seen, List<Statement> out) {
        for (String r : texts) {
            Statement s = statement(r, terms);
            if (s != null && seen.add(QuestionTexts.normalize(s.text()))) {
                out.add(s);
            }
        }
    }

    /** The cleaned, quotable statement, or null when the text does not describe work the candidate did. */
    static Statement statement(String raw, List<Pattern> terms) {
        if (raw == null) {
            return null;
        }
        String s = ResumeWords.tidy(raw);
        boolean repaired = BROKEN_HYPHEN.matcher(s).find();
        s = BROKEN_HYPHEN.matcher(s).replaceAll("$1-$2");
        s = SubjectNames.clean(s).replaceAll("\\s+([,.;:!?%)])", "$1").replaceAll("([(])\\s+", "$1")
                .replace('"', '\'').replace('“', '\'').replace('”', '\'');
        if (s.isEmpty() || ResumeWords.isContact(s)) {
            return null;
        }
        String[] words = SubjectNames.words(s);
        boolean cjk = CJK.matcher(s).find();
        if (cjk ? s.length() < MIN_CJK_CHARS : words.length < MIN_WORDS) {
            return null;
        }
        long letters = s.codePoints().filter(Character::isLetter).count();
        if (letters * 2 < s.codePoints().filter(c -> !Character.isWhitespace(c)).count()) {
            return null;
        }
        boolean verb = ResumeWords.opensStatement(words[0]);
        if (Character.isLowerCase(s.codePointAt(0))) {
            if (!verb) {
                return null; // the second half of a wrapped line, not a statement of its own
            }
            s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        }
        if (!verb && looksLikeListOrHeader(s, words)) {
            return null;
        }
        String technology = technology(s, terms);
        Matcher outcome = ResumeWords.OUTCOME.matcher(s);
        String metric = outcome.find() ? outcome.group().strip() : null;
        boolean scale = ResumeWords.SCALE.matcher(s).find();
        boolean signal = ResumeWords.WORK_SIGNAL.matcher(s).find();
        if (!verb && technology == null && metric == null && !(signal && words.length >= 6)) {
            return null;
        }
        String quote = quote(s);
        if (quote == null) {
            return null;
        }
        int score = (metric != null ? 3 : scale ? 1 : 0) + (technology != null ? 2 : signal ? 1 : 0) + (verb ? 1 : 0)
                - (repaired || quote.endsWith("…") ? 1 : 0);
        return new Statement(quote, excerpt(quote), technology, metric, score);
    }

    /** The statement as it is quoted: at most {@link #MAX_QUOTE} characters, ending in punctuation. */
    private static String quote(String s) {
        String t = s;
        if (t.length() > MAX_QUOTE) {
            String first = SENTENCE_END.split(t, 2)[0];
            t = first.length() <= MAX_QUOTE && SubjectNames.words(first).length >= MIN_WORDS ? first
                    : cut(t, MAX_QUOTE);
        }
        if (!t.endsWith("…") && ResumeWords.DANGLING_END.contains(lastWord(t))) {
            return null; // a fragment: the line was cut mid-sentence
        }
        return t.matches(".*[.!?。…]$") ? t : t + ".";
    }

    /** A short reference to the statement: its opening words, cut on a word boundary. */
    static String excerpt(String quote) {
        String t = quote.replaceAll("[.!?。]$", "");
        return t.length() <= MAX_EXCERPT ? t : cut(t, MAX_EXCERPT);
    }

    /** At most max characters including the ellipsis, ending on a whole word that does not dangle. */
    private static String cut(String s, int max) {
        String t = s.substring(0, max - 1);
        int space = t.lastIndexOf(' ');
        if (!Character.isWhitespace(s.charAt(max - 1)) && space > max / 3) {
            t = t.substring(0, space);
        }
        t = t.replaceAll(CUT_TAIL, "");
        while (t.contains(" ") && ResumeWords.DANGLING_END.contains(lastWord(t))) {
            t = t.substring(0, t.lastIndexOf(' ')).replaceAll(CUT_TAIL, "");
        }
        return t + "…";
    }

    /**
     * "Python, SQL, Spark, Tableau", "Analyst, Acme Corp, 2019 - 2021" or "Machine Learning Engineer at
     * Acme Corp": a list or an entry's header line, not a statement.
     */
    private static boolean looksLikeListOrHeader(String s, String[] words) {
        long commas = s.chars().filter(c -> c == ',' || c == '|' || c == ';' || c == '•').count();
        boolean list = commas >= 2 && words.length <= 3 * (commas + 1);
        boolean dated = ResumeWords.YEAR.matcher(s).find() && words.length <= 10 && !s.endsWith(".");
        long capitalized = Arrays.stream(words).filter(w -> Character.isUpperCase(w.codePointAt(0))).count();
        long content = Arrays.stream(words).filter(w -> !ResumeWords.DANGLING_END.contains(ResumeWords.word(w)))
                .count();
        boolean titleCase = words.length <= 10 && capitalized * 10 >= content * 7;
        return list || dated || titleCase;
    }

    private static String lastWord(String s) {
        return ResumeWords.word(s.substring(s.lastIndexOf(' ') + 1));
    }

    private static String technology(String s, List<Pattern> terms) {
        Matcher m = ResumeWords.TECHNOLOGY.matcher(s);
        int best = m.find() ? m.start() : Integer.MAX_VALUE;
        String found = best == Integer.MAX_VALUE ? null : m.group();
        for (Pattern term : terms) {
            Matcher t = term.matcher(s);
            if (t.find() && t.start() < best) {
                best = t.start();
                found = t.group();
            }
        }
        return found;
    }

    /** The candidate's own technology words (skills, the entries' technologies and methods) as patterns. */
    static List<Pattern> terms(ResumeProfile profile) {
        Set<String> words = new LinkedHashSet<>();
        List<String> all = new ArrayList<>(nonNull(profile.skills()));
        nonNull(profile.projects()).stream().filter(p -> p != null).forEach(p -> {
            all.addAll(nonNull(p.technologies()));
            all.addAll(nonNull(p.methods()));
        });
        nonNull(profile.experience()).stream().filter(e -> e != null)
                .forEach(e -> all.addAll(nonNull(e.technologies())));
        for (String t : all) {
            String c = SubjectNames.clean(t);
            if (c.length() >= 2 && SubjectNames.isTerm(c)) {
                words.add(c.toLowerCase(Locale.ROOT));
            }
        }
        return words.stream().map(w -> Pattern.compile("(?iu)(?<![\\w-])" + Pattern.quote(w) + "(?![\\w-])")).toList();
    }

    private static List<String> key(List<String> texts) {
        return texts.stream().filter(t -> t != null).map(t -> statement(t, List.of())).filter(s -> s != null)
                .map(s -> QuestionTexts.normalize(s.text())).toList();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
