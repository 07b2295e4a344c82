package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an answer into sentences (following the labelling guidelines: terminators followed by whitespace, line breaks,
 * bullets; not inside parentheses or after common abbreviations) and sentences into clauses.
 */
final class TextSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "vs", "etc", "mr", "mrs", "dr", "approx",
            "no", "fig", "cf", "al", "u.s", "inc", "st");
    private static final GuardedPattern BULLET = GuardedPattern.compile("^(?:[-*•·▪◦]|\\(?\\d{1,2}[.)]|step \\d+\\s*[—:-]?)\\s*",
            Pattern.CASE_INSENSITIVE);
    // Clause boundaries: punctuation-led coordinators, dashes, semicolons, ellipses, and (for unpunctuated speech)
    // a coordinator directly followed by a new subject.
    private static final GuardedPattern CLAUSE_BOUNDARY = GuardedPattern.compile(
            "\\s*(?:;|:\\s|\\s[—–]\\s|…+|\\.{2,}|,\\s+(?=(?:and|but|so|which|while|where|then|after|whereas|because)\\b)"
                    + "|\\s(?=(?:so that|where|whereas|but|so)\\s)"
                    + "|(?<!\\bsince|\\buntil|\\bjust)\\s(?=(?:and|so|then|after that|but)\\s+(?:then\\s+)?(?:i|we|he|she|they|it|the|my"
                    + "|our|his|her|their|um|uh|yeah)\\b))",
            Pattern.CASE_INSENSITIVE);

    private TextSplitter() {
    }

    static List<Segment> sentences(String text) {
        List<Segment> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int depth = 0;
        boolean lineStart = true;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
            if (c == '\n' || c == '\r') {
                add(text, start, i, out, lineStart);
                start = i + 1;
                depth = 0;
                lineStart = true;
            } else if ((c == '.' || c == '?' || c == '!' || c == '…') && depth == 0) {
                int j = i;
                while (j + 1 < n && (text.charAt(j + 1) == '.' || text.charAt(j + 1) == '?' || text.charAt(j + 1) == '!'
                        || text.charAt(j + 1) == '…' || text.charAt(j + 1) == '"' || text.charAt(j + 1) == '\''
                        || text.charAt(j + 1) == '”' || text.charAt(j + 1) == '’' || text.charAt(j + 1) == ')')) {
                    j++;
                }
                boolean atEnd = j + 1 >= n;
                boolean spaceAfter = !atEnd && Character.isWhitespace(text.charAt(j + 1));
                if ((atEnd || spaceAfter) && !(c == '.' && j == i && isAbbreviation(text, start, i))) {
                    add(text, start, j + 1, out, lineStart);
                    start = j + 1;
                    lineStart = false;
                }
                i = j;
            }
            i++;
        }
        add(text, start, n, out, lineStart);
        return out;
    }

    private static boolean isAbbreviation(String text, int from, int dot) {
        int k = dot;
        while (k > from && !Character.isWhitespace(text.charAt(k - 1)) && text.charAt(k - 1) != '(') {
            k--;
        }
        String word = Segment.normalise(text.substring(k, dot));
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0));
    }

    private static void add(String text, int start, int end, List<Segment> out, boolean lineStart) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            return;
        }
        Matcher b = BULLET.matcher(text.substring(start, end));
        if (b.find() && b.end() < end - start) {
            start += b.end();
        }
        if (hasLetterOrDigit(text, start, end)) {
            out.add(Segment.of(text, start, end, out.size(), lineStart));
        }
    }

    static List<Segment> clauses(String text, List<Segment> sentences) {
        List<Segment> out = new ArrayList<>();
        for (Segment s : sentences) {
            Matcher m = CLAUSE_BOUNDARY.matcher(s.text());
            int from = 0;
            while (m.find()) {
                if (m.start() > from) {
                    addClause(text, s, from, m.start(), out);
                }
                from = m.end();
            }
            addClause(text, s, from, s.text().length(), out);
        }
        return out;
    }

    private static void addClause(String text, Segment s, int from, int to, List<Segment> out) {
        int start = s.start() + from;
        int end = s.start() + to;
        while (start < end && !Character.isLetterOrDigit(text.charAt(start)) && text.charAt(start) != '$'
                && text.charAt(start) != '£' && text.charAt(start) != '€') {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
            end--;
        }
        if (end > start && hasLetterOrDigit(text, start, end)) {
            out.add(Segment.of(text, start, end, s.sentenceIndex(), s.lineStart() && from == 0));
        }
    }

    private static boolean hasLetterOrDigit(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
