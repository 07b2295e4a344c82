package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the candidate's email, phone and links in the header and contact sections; the name is {@link NameFinder}'s. */
final class ContactExtractor {

    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d.-]+\\.[\\p{L}]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d\\p{L}])\\+?\\(?\\d[\\d ().-]{6,18}\\d(?![\\d\\p{L}])");

    /** Contact details found in a resume. */
    record Contact(String name, String email, String phone, List<String> links) {
    }

    private ContactExtractor() {
    }

    /** True when the whole text is an email address or a phone number: contact details, never an entry's name. */
    static boolean isContactDetail(String text) {
        String t = text.strip();
        return EMAIL.matcher(t).matches() || PHONE.matcher(t).matches();
    }

    static Contact extract(List<TextLine> headerLines, List<TextLine> allLines, int nameIndex) {
        String name = NameFinder.name(allLines, nameIndex);
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
