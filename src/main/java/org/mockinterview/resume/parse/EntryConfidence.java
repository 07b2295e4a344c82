package org.mockinterview.resume.parse;

import org.mockinterview.resume.profile.ResumeProfile.Education;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Project;

import java.util.regex.Pattern;

/**
 * How far an entry's fields can be trusted: each sign that the reading went wrong (a missing part, a name that
 * reads like a sentence, a date or a single letter where a name belongs) takes confidence away.
 */
final class EntryConfidence {

    /** Korean object particles and Japanese case particles before more words: a clause, not a name. */
    private static final Pattern CJK_CLAUSE = Pattern.compile(".*(\\p{IsHangul}(을|를|에서|으로) |[をがでに]\\p{IsHan}|した$|します$|했다$|함$).*");

    private EntryConfidence() {
    }

    static Experience of(Experience e) {
        double c = 1.0;
        // a title and an employer both set in lowercase ("lead analyst | tidewell") are the template's style,
        // not a fragment read off the end of a line
        boolean lowercaseStyle = startsLowercase(e.title()) && startsLowercase(e.organization());
        c -= e.dates() == null ? 0.25 : 0;
        c -= e.organization() == null ? 0.3 : malformed(e.organization(), lowercaseStyle);
        c -= malformed(e.title(), lowercaseStyle);
        c -= TitleLexicon.titleScore(e.title()) <= 0 && TitleLexicon.titleScore(e.organization()) >= 0 ? 0.15 : 0;
        c -= e.highlights().isEmpty() ? 0.1 : 0;
        // an organisation of job words alone ("Engineer", "Senior Analyst") is half of a title that was cut apart
        c -= e.organization() != null && TitleLexicon.onlyTitleWords(e.organization()) ? 0.6
                : titleShaped(e.organization()) ? 0.4 : 0;
        return new Experience(e.title(), e.organization(), e.location(), e.dates(), e.highlights(), e.technologies(),
                e.metrics(), round(c));
    }

    /**
     * Two job words, ending in one ("Lead Data Engineer"): a title, whether read into an employer's place (the
     * role's later step) or a project's.
     */
    private static boolean titleShaped(String part) {
        return part != null && TitleLexicon.titleScore(part) >= 2 && TitleLexicon.endsWithTitleWord(part);
    }

    /** A name opened by a plain lowercase word and more words: the wrapped end of a cell ("del Valle de Aburrá"). */
    private static final Pattern FRAGMENT = Pattern.compile("\\p{Ll}+\\s+[^(\\s].*");

    static Project of(Project p) {
        double c = 1.0 - malformed(p.name());
        // a project named by "isiZulu …", "e-Challan …" or "sqlbom: …" opens with more than plain lowercase letters
        c -= p.name() != null && FRAGMENT.matcher(p.name().strip()).matches() ? 0.35 : 0;
        c -= p.highlights().isEmpty() ? 0.2 : 0;
        c -= p.name() != null && namesNoProject(p.name().strip()) ? 0.6 : 0;
        return new Project(p.name(), p.dates(), p.summary(), p.highlights(), p.technologies(), p.methods(), p.metrics(),
                round(c));
    }

    /**
     * A project's place taken by something else: a generic word ("Dashboard", "Forecast"), a credential ("… Data
     * Analyst (PL-300)", "Specialization, Coursera"), an award ("BEST SOCIAL IMPACT") or a job title.
     */
    private static boolean namesNoProject(String name) {
        String folded = name.toLowerCase(java.util.Locale.ROOT);
        // a placing in brackets after a name ("Tide Finder (Open Data Day, 2nd place)") is the project's note
        String unbracketed = folded.replaceAll("\\([^)]*\\)?", " ").strip();
        return GENERIC_NAME.matcher(folded).matches() || CREDENTIAL_OR_AWARD.matcher(unbracketed).find()
                || EXAM_CODE.matcher(folded).find()
                || TitleLexicon.onlyTitleWords(name) || titleShaped(name);
    }

    private static final Pattern GENERIC_NAME = Pattern.compile("(?:(?:graduation|final|capstone|course|class|team"
            + "|group|side|personal|university|academic) )?(?:projects?|dashboard|forecast(?:ing)?|estimation|analysis"
            + "|challenge|competition|hackathon|kaggle|certificate|specialization|specialisation|portfolio|research)");
    private static final Pattern CREDENTIAL_OR_AWARD = Pattern.compile("\\b(?:certificates?|certifications?|certified"
            + "|specializations?|specialisations?|nanodegree|training courses?|bootcamp certificate|winner|runner-up"
            + "|(?:1st|2nd|3rd|first|second|third) place|best [a-z]+ (?:award|prize|impact)|prize)\\b");
    /** A certification exam's code: "(PL-300)", "(AZ-900)". */
    private static final Pattern EXAM_CODE = Pattern.compile("\\([a-z]{2,3}-\\d{2,3}\\)");

    static Education of(Education e) {
        double c = 1.0;
        c -= e.institution() == null ? 0.3 : malformed(e.institution());
        c -= TitleLexicon.isInstitution(String.valueOf(e.institution())) ? 0 : 0.15;
        c -= e.degree() == null ? 0.2 : 0;
        c -= e.dates() == null ? 0.1 : 0;
        return new Education(e.institution(), e.degree(), e.dates(), round(c));
    }

    private static boolean startsLowercase(String value) {
        return value != null && !value.isBlank() && Character.isLowerCase(value.strip().codePointAt(0));
    }

    /** How much a name-like field looks misread: 0 when it looks like a name, up to 0.6. */
    static double malformed(String value) {
        return malformed(value, false);
    }

    private static double malformed(String value, boolean lowercaseStyle) {
        if (value == null || value.isBlank()) {
            return 0.6;
        }
        String v = value.strip();
        long letters = v.codePoints().filter(Character::isLetter).count();
        long cjk = v.codePoints().filter(TextRepair::isCjk).count();
        if (letters < 2 && cjk == 0) {
            return 0.6;
        }
        double penalty = 0;
        int words = v.split("\\s+").length;
        penalty += words > 12 ? 0.45 : words > 8 ? 0.2 : 0;
        penalty += Sentences.hasOne(v) && words > 3 ? 0.3 : 0;
        penalty += cjk > 0 && CJK_CLAUSE.matcher(v).matches() ? 0.6 : 0;
        penalty += Character.isLowerCase(v.codePointAt(0)) && cjk == 0 && !lowercaseStyle ? 0.2 : 0;
        penalty += DatePatterns.hasDate(v) ? 0.3 : 0;
        penalty += letters * 2 < v.length() && cjk == 0 ? 0.3 : 0;
        return Math.min(0.6, penalty);
    }

    private static double round(double c) {
        return Math.round(Math.max(0, Math.min(1, c)) * 100) / 100.0;
    }
}
