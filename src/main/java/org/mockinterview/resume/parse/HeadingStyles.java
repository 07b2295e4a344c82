package org.mockinterview.resume.parse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Type styles of heading lines: the key a style is counted by, and which styles mark headings beyond the usual. */
final class HeadingStyles {

    private HeadingStyles() {
    }

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "^0?\\d[.)]\\s+\\p{Lu}[^.:]{0,40}$");

    /**
     * A style that sets three or more numbered lines apart ("01. About", "02. Experience", "03. Things I've
     * Built"), one of them a known heading: the numbering marks them all as headings, whatever their words.
     */
    static Set<String> numbered(List<TextLine> lines, List<Integer> vocab, float body,
            boolean bodyBold) {
        Map<String, Integer> numbered = new HashMap<>();
        for (TextLine l : lines) {
            if (l.cells().size() == 1 && NUMBERED.matcher(l.text().strip()).matches()
                    && (l.size() >= body + 0.5f || l.bold() && !bodyBold)) {
                numbered.merge(style(l), 1, Integer::sum);
            }
        }
        Set<String> out = new HashSet<>();
        numbered.forEach((st, n) -> {
            if (n >= 3 && vocab.stream().anyMatch(i -> style(lines.get(i)).equals(st))) {
                out.add(st);
            }
        });
        return out;
    }

    static long distinctTexts(List<TextLine> lines, List<Integer> vocab, String style) {
        return vocab.stream().filter(i -> style(lines.get(i)).equals(style))
                .map(i -> HeadingClassifier.headingText(lines.get(i)).toLowerCase(java.util.Locale.ROOT)).distinct().count();
    }

    /** Headings of one document differ by a point at most in size, never in weight. */
    static boolean close(String a, String b) {
        String[] x = a.split(":");
        String[] y = b.split(":");
        return x[1].equals(y[1]) && Math.abs(Integer.parseInt(x[0]) - Integer.parseInt(y[0])) <= 2;
    }

    /** A line's type: its size in half points and its weight. */
    static String style(TextLine line) {
        return Math.round(line.size() * 2) + ":" + line.bold();
    }
}
