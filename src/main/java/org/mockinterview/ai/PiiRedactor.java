package org.mockinterview.ai;

import org.mockinterview.resume.profile.ResumeProfile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces a candidate's contact details with placeholders before text leaves the service: the known name, email,
 * phone and links from the resume, plus anything that looks like an email, phone number, URL or street address.
 * Project names, technologies and metrics are kept because they are what the questions are about.
 */
public final class PiiRedactor {

    public static final String NAME = "[NAME]";
    public static final String EMAIL = "[EMAIL]";
    public static final String PHONE = "[PHONE]";
    public static final String ADDRESS = "[ADDRESS]";
    public static final String LINK = "[LINK]";

    private static final Pattern EMAIL_RE = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    // A URL never ends in sentence punctuation: "see https://x.dev/a." keeps its full stop.
    private static final String URL_TAIL = "(?:[^\\s<>\"')\\]]*[^\\s<>\"')\\].,;:!?])?";
    private static final Pattern URL_RE = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)" + URL_TAIL
                    // bare profile links: a domain followed by a path, or a well-known profile host
                    + "|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|io|org|net|dev|ai|me|co|app|page|site)/" + URL_TAIL
                    + "|\\b(?:github|gitlab|linkedin|kaggle|medium|twitter|huggingface)\\.(?:com|co)\\b");
    // Broad on purpose; digitsLookLikePhone() then rejects years, ranges and metrics.
    private static final Pattern PHONE_RE = Pattern.compile("(?<![\\w.])\\+?\\(?\\d[\\d\\s().-]{7,}\\d(?![\\w%]|[.,]\\d)");
    private static final Pattern ADDRESS_RE = Pattern.compile(
            "\\b\\d{1,5}\\s+(?:[A-Z][a-zA-Z.'-]*\\s+){1,4}"
                    + "(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Square|Sq|Parkway|Pkwy)\\b\\.?"
                    + "(?:,?\\s*(?:Apt|Apartment|Suite|Unit|#)\\.?\\s*\\w+)?"
                    + "|\\b[A-Z][a-zäöüß]+(?:straße|strasse|weg|gasse|platz)\\s+\\d+[a-z]?\\b");

    // Compiled once per candidate: one redactor serves every text of a plan or an answer.
    private final List<Pattern> names;
    private final List<Pattern> links;
    private final Pattern email;
    private final Pattern phone;

    private PiiRedactor(ResumeProfile profile) {
        this.names = profile == null ? List.of() : nameForms(profile.name()).stream()
                .map(n -> Pattern.compile("(?iu)(?<![\\p{L}\\d])" + Pattern.quote(n) + "(?![\\p{L}\\d])")).toList();
        this.links = profile == null || profile.links() == null ? List.of()
                : profile.links().stream().filter(l -> l != null && !l.isBlank()).map(String::trim)
                        .sorted(Comparator.comparingInt(String::length).reversed()).map(PiiRedactor::literal)
                        .toList();
        this.email = profile == null || blankToNull(profile.email()) == null ? null
                : literal(profile.email().trim());
        this.phone = profile == null || blankToNull(profile.phone()) == null ? null
                : literal(profile.phone().trim());
    }

    /** A redactor that also knows this candidate's own contact details. */
    public static PiiRedactor forProfile(ResumeProfile profile) {
        return new PiiRedactor(profile);
    }

    /** A redactor for text with no known candidate (pattern-based only). */
    public static PiiRedactor generic() {
        return new PiiRedactor(null);
    }

    /** The text with contact details replaced; null stays null. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        // Known values first: they are exact, and the patterns below might only catch part of them.
        for (Pattern link : links) {
            out = replaceAll(out, link, LINK);
        }
        if (email != null) {
            out = replaceAll(out, email, EMAIL);
        }
        if (phone != null) {
            out = replaceAll(out, phone, PHONE);
        }
        out = replaceAll(out, EMAIL_RE, EMAIL);
        out = replaceAll(out, URL_RE, LINK);
        out = replacePhones(out);
        out = replaceAll(out, ADDRESS_RE, ADDRESS);
        for (Pattern name : names) {
            out = replaceAll(out, name, NAME);
        }
        return out;
    }

    private static String replacePhones(String text) {
        Matcher m = PHONE_RE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(digitsLookLikePhone(m.group()) ? PHONE : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static boolean digitsLookLikePhone(String s) {
        long digits = s.chars().filter(Character::isDigit).count();
        // 9+ digits rules out years, year ranges ("2019-2021") and most metrics; 15 is the E.164 maximum.
        return digits >= 9 && digits <= 15 && !s.trim().matches("\\d{4}\\s*[-–]\\s*\\d{4}");
    }

    /** The full name, then each part of at least three letters (initials would erase too much). */
    private static List<String> nameForms(String name) {
        List<String> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            return out;
        }
        out.add(name.trim());
        for (String part : name.trim().split("[\\s,]+")) {
            String p = part.replaceAll("[.()]", "");
            if (p.codePointCount(0, p.length()) >= 3 && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static Pattern literal(String value) {
        return Pattern.compile(Pattern.quote(value), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String replaceAll(String text, Pattern pattern, String placeholder) {
        return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(placeholder));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
