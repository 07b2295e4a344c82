package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the candidate's name, email, phone and links in the header and contact sections. */
final class ContactExtractor {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d.-]+\\.[\\p{L}]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d\\p{L}])\\+?\\(?\\d[\\d ().-]{6,18}\\d(?![\\d\\p{L}])");
    private static final Pattern NAME = Pattern.compile("^[\\p{L}][\\p{L}.'’ -]{1,60}$");

    /** Contact details found in a resume. */
    record Contact(String name, String email, String phone, List<String> links) {
    }

    private ContactExtractor() {
    }

    /** The line holding the name: the largest name-shaped line near the top (the first one in plain text). */
    static int nameIndex(List<TextLine> lines) {
        int best = -1;
        float bestSize = -1;
        // with fonts the largest name-shaped line wins, and a left sidebar read first can push it down the page
        boolean fonts = lines.stream().anyMatch(TextLine::hasFont);
        float body = fonts ? HeadingClassifier.bodySize(lines) : 0;
        boolean afterHeading = false;
        for (int i = 0; i < Math.min(lines.size(), fonts ? 40 : 12); i++) {
            TextLine line = lines.get(i);
            if (line.page() > 1) {
                break;
            }
            String text = cleanName(line.cells().get(0));
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

    private static final Pattern CREDENTIALS = Pattern.compile(
            "(?i),?\\s+(?:ph\\.?\\s?d|m\\.?sc|b\\.?sc|mba|md|cfa|cpa|pmp|frm|dr)\\.?$");

    /** Titles, greetings and contact labels set where a name could be, and monogram badges ("ML"). */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?iu)resume|résumé|cv|curriculum vitae|lebenslauf|hoja de vida|curr[ií]culo|ふりがな|フリガナ|简历"
            + "|个人简历|履歴書|職務経歴書|경력기술서|이력서|about|about me|hello|contact|overview|introduction|address|e-?mail|phone|telephone"
            + "|mobile|website|nationality|(?-i:\\p{Lu}{1,3})");
    private static final Pattern MONOGRAM = Pattern.compile("^(\\p{Lu}{2,3})\\s+(.+)$");


    /** True when the whole text is an email address or a phone number: contact details, never an entry's name. */
    static boolean isContactDetail(String text) {
        String t = text.strip();
        return EMAIL.matcher(t).matches() || PHONE.matcher(t).matches();
    }

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

    static String cleanName(String text) {
        String t = CREDENTIALS.matcher(withoutNameLabel(TextRepair.collapseLetterSpacing(text).strip()))
                .replaceFirst("").strip();
        // a monogram badge printed before the name ("AMR Ana Maria Ruiz"): the initials of what follows
        Matcher monogram = MONOGRAM.matcher(t);
        if (monogram.matches()) {
            StringBuilder initials = new StringBuilder();
            for (String w : monogram.group(2).split("[\\s-]+")) {
                if (!w.isEmpty()) {
                    initials.appendCodePoint(w.codePointAt(0));
                }
            }
            if (initials.toString().equals(monogram.group(1))) {
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
        if (NOT_A_NAME.matcher(text).matches() || text.endsWith(".") || Character.isLowerCase(text.codePointAt(0))) {
            return false;
        }
        if (HeadingVocabulary.kindOf(text).isPresent() || WebAddress.IN_TEXT.matcher(text).find()) {
            return false;
        }
        if (!NAME.matcher(text).matches()) {
            long cjk = text.codePoints().filter(TextRepair::isCjk).count();
            return cjk >= 2 && cjk <= 4 && text.length() <= 5;
        }
        int words = text.split("\\s+").length;
        return words >= 1 && words <= 5 && text.length() <= 40;
    }

    static Contact extract(List<TextLine> headerLines, List<TextLine> allLines, int nameIndex) {
        String name = nameIndex >= 0 ? cleanName(allLines.get(nameIndex).cells().get(0)) : null;
        if (name != null && nameIndex + 1 < allLines.size()) {
            // a long name set in display type may wrap: the next line in the same type continues it
            TextLine line = allLines.get(nameIndex);
            TextLine next = allLines.get(nameIndex + 1);
            String rest = cleanName(next.cells().get(0));
            if (line.hasFont() && next.cells().size() == 1 && Math.abs(next.size() - line.size()) < 0.5f
                    && next.bold() == line.bold() && next.page() == line.page() && looksLikeName(rest)
                    && (name + " " + rest).split("\\s+").length <= 4) {
                name = name + " " + rest;
            }
        }
        List<String> texts = new ArrayList<>();
        for (TextLine line : headerLines) {
            for (String cell : line.cells()) {
                texts.add(TextRepair.dropIcons(cell));
            }
        }
        String email = first(EMAIL, texts, true).or(() -> first(EMAIL, allLines.stream()
                .flatMap(l -> l.cells().stream()).toList(), true)).orElse(null);
        String phone = null;
        for (String t : texts) {
            Matcher m = PHONE.matcher(t.replace(" ", " "));
            while (phone == null && m.find()) {
                String candidate = m.group().strip();
                long digits = candidate.chars().filter(Character::isDigit).count();
                if (digits >= 7 && digits <= 15 && !DatePatterns.isOnlyDate(candidate)) {
                    phone = candidate;
                }
            }
        }
        Set<String> links = new LinkedHashSet<>();
        for (String t : texts) {
            for (String piece : t.split("\\s+[|•·]\\s+|\\s{2,}")) {
                Matcher m = WebAddress.IN_TEXT.matcher(piece);
                while (m.find()) {
                    String link = m.group().replaceAll("[|,;)]+$", "");
                    if (!isInsideEmail(piece, m.start())) {
                        links.add(link);
                    }
                }
            }
        }
        return new Contact(name, email, phone, new ArrayList<>(links));
    }

    private static boolean isInsideEmail(String text, int start) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            if (start >= m.start() && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> first(Pattern pattern, List<String> texts, boolean squeeze) {
        for (String t : texts) {
            Matcher m = pattern.matcher(t);
            if (m.find()) {
                return Optional.of(m.group());
            }
            // letter-spaced contact lines ("j o hn.d o e@em a il . c o m") only match once the spaces are gone
            if (squeeze && t.contains("@")) {
                Matcher s = pattern.matcher(t.replace(" ", ""));
                if (s.find()) {
                    return Optional.of(s.group());
                }
            }
        }
        return Optional.empty();
    }
}
