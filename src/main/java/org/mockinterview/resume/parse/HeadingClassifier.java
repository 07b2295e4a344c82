package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which lines are section headings. With fonts, it learns the heading style (size, weight, capitals)
 * from lines whose words are heading vocabulary, then accepts other short lines in that style too.
 */
final class HeadingClassifier {

    /** A heading line and the kind of section it opens. */
    record Heading(int index, String text, String kind) {
    }

    private HeadingClassifier() {
    }

    static List<Heading> classify(List<TextLine> lines, int nameIndex) {
        boolean fonts = lines.stream().anyMatch(TextLine::hasFont);
        return fonts ? withFonts(lines, nameIndex) : plain(lines, nameIndex);
    }

    static String headingText(TextLine line) {
        String text = TextRepair.collapseLetterSpacing(line.text()).strip().replaceAll("[:：]$", "").strip();
        // a decoration before a heading ("■ 工作经历", "▶ Experience") is not a list item
        String bare = EntryGrouper.BULLET.matcher(text).replaceFirst("").strip();
        return !bare.equals(text) && HeadingVocabulary.kindOf(bare).isPresent() ? bare : text;
    }

    /**
     * The line finishes the main cell above it ("…OFFICE OF PARKS &" over "RECREATION"): a name that
     * wrapped, with the place right of it on the first line.
     */
    private static boolean finishesPrevious(List<TextLine> lines, int i) {
        return i > 0 && lines.get(i).gapAbove() <= 0.5f * lines.get(i).size()
                && endsWrapping(lines.get(i - 1).cells().get(0));
    }

    /** Text that stops on a joining word or mark ("&", "of", ","): it goes on in the next line. */
    static boolean endsWrapping(String text) {
        return WRAPPING_END.matcher(text.strip()).matches();
    }

    /** A joining mark or word at the end; in capitals only the English ones ("… DE" is a country, "… Y" a grade). */
    private static final java.util.regex.Pattern WRAPPING_END = java.util.regex.Pattern.compile(
            "(?u).*(?:[&,–-]|\\b(?:and|of|for|the|und|de|et|y|AND|OF|FOR|THE))$");

    /** A list item, unless what follows its marker is a section heading. */
    private static boolean isListItem(TextLine line) {
        return isBullet(line.text()) && HeadingVocabulary.kindOf(headingText(line)).isEmpty();
    }

    private static List<Heading> plain(List<TextLine> lines, int nameIndex) {
        List<Heading> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (i == nameIndex || line.cells().size() > 1 || isListItem(line) || finishesPrevious(lines, i)) {
                continue;
            }
            String text = headingText(line);
            Optional<String> kind = HeadingVocabulary.kindOf(text);
            boolean shaped = isCaps(text) || line.text().strip().endsWith(":") || line.gapAbove() > 0
                    || text.split("\\s+").length <= 3;
            if (kind.isPresent() && shaped) {
                out.add(new Heading(i, text, kind.get()));
            }
        }
        return out;
    }

    private static List<Heading> withFonts(List<TextLine> lines, int nameIndex) {
        float body = bodySize(lines);
        boolean bodyBold = boldShare(lines) > 0.5;
        List<Integer> vocab = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (i == nameIndex || line.cells().size() > 1 || isListItem(line) || finishesPrevious(lines, i)) {
                continue;
            }
            String text = headingText(line);
            boolean distinct = line.size() >= body + 0.5f || line.bold() && !bodyBold || isCaps(text);
            if (distinct && HeadingVocabulary.kindOf(text).isPresent()) {
                vocab.add(i);
            }
        }
        if (vocab.isEmpty()) {
            return plain(lines, nameIndex);
        }
        // the heading style is the one most vocabulary lines share; a lone "Coursework" in bold is an entry label
        Map<String, Integer> styleCounts = new HashMap<>();
        vocab.forEach(i -> styleCounts.merge(HeadingStyles.style(lines.get(i)), 1, Integer::sum));
        int top = styleCounts.values().stream().max(Integer::compare).orElse(0);
        Set<String> styles = new HashSet<>();
        styleCounts.forEach((s, n) -> {
            if (n == top) {
                styles.add(s);
            }
        });
        // headings of one document differ by a point at most (a title font rounded differently), never in weight;
        // a second style (a sidebar's) counts when it repeats and shares the main headings' capitals
        Map<String, Integer> styleLines = new HashMap<>();
        for (TextLine l : lines) {
            if (l.cells().size() == 1 && !isBullet(l.text())) {
                styleLines.merge(HeadingStyles.style(l), 1, Integer::sum);
            }
        }
        boolean topCaps = vocab.stream().filter(i -> styles.contains(HeadingStyles.style(lines.get(i))))
                .allMatch(i -> isCaps(headingText(lines.get(i))));
        boolean topUncased = vocab.stream().filter(i -> styles.contains(HeadingStyles.style(lines.get(i))))
                .allMatch(i -> uncased(headingText(lines.get(i))));
        for (Map.Entry<String, Integer> e : styleCounts.entrySet()) {
            boolean caps = vocab.stream().filter(i -> HeadingStyles.style(lines.get(i)).equals(e.getKey()))
                    .allMatch(i -> isCaps(headingText(lines.get(i))));
            // scripts without capitals (CJK) set sub-headings apart by size alone: a repeated display size counts
            boolean uncasedDisplay = topUncased && Integer.parseInt(e.getKey().split(":")[0]) >= 2 * body + 3
                    && vocab.stream().filter(i -> HeadingStyles.style(lines.get(i)).equals(e.getKey()))
                            .allMatch(i -> uncased(headingText(lines.get(i))));
            for (String t : List.copyOf(styles)) {
                // a bold all-capitals style that repeats is a sidebar's headings even beside mixed-case main ones
                boolean boldCaps = caps && e.getKey().endsWith(":true");
                // a repeated bold style larger than the top one: a main column's headings beside a sidebar's
                boolean largerBold = e.getKey().endsWith(":true")
                        && Integer.parseInt(e.getKey().split(":")[0]) > Integer.parseInt(t.split(":")[0]);
                // a style that nothing but different known headings uses: a main column's headings in a regular
                // weight when larger, a sidebar's when three or more (a label repeated in every card says one word)
                boolean onlyHeadings = styleLines.getOrDefault(e.getKey(), 0) <= e.getValue() + 1
                        && HeadingStyles.distinctTexts(lines, vocab, e.getKey()) == e.getValue() && (e.getValue() >= 3
                        || Integer.parseInt(e.getKey().split(":")[0]) > Integer.parseInt(t.split(":")[0]));
                if (HeadingStyles.close(e.getKey(), t) || e.getValue() >= 2
                        && (caps && topCaps || boldCaps || uncasedDisplay || largerBold || onlyHeadings)) {
                    styles.add(e.getKey());
                }
            }
        }
        Set<String> numbered = HeadingStyles.numbered(lines, vocab, body, bodyBold);
        styles.addAll(numbered);
        vocab.removeIf(i -> !styles.contains(HeadingStyles.style(lines.get(i))));
        boolean allCaps = true;
        for (int i : vocab) {
            allCaps &= isCaps(headingText(lines.get(i)));
        }
        // a heading without vocabulary words must also be set off like the known ones, not just share their font
        float[] gaps = new float[vocab.size()];
        for (int k = 0; k < gaps.length; k++) {
            gaps[k] = lines.get(vocab.get(k)).gapAbove();
        }
        java.util.Arrays.sort(gaps);
        float typicalGap = gaps[gaps.length / 2];
        float smallestKnown = Float.MAX_VALUE;
        for (int i : vocab) {
            smallestKnown = Math.min(smallestKnown, lines.get(i).size());
        }
        List<Heading> out = new ArrayList<>();
        Set<Integer> vocabLines = new HashSet<>(vocab);
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (!vocabLines.contains(i) && (i == nameIndex || line.cells().size() > 1
                    || !styles.contains(HeadingStyles.style(line)) || isListItem(line) && !numbered.contains(HeadingStyles.style(line)))) {
                continue;
            }
            String text = headingText(line);
            Optional<String> kind = HeadingVocabulary.kindOf(text);
            // a section is never empty: the line right under a heading is its first entry, whatever its style
            boolean underHeading = !out.isEmpty() && out.get(out.size() - 1).index() == i - 1;
            if (vocabLines.contains(i)) {
                // "PROJECTS" over "Bird Song Recognition": a title-case line under a heading in capitals
                // is its first entry, whatever section word it holds
                if (!(underHeading && isCaps(out.get(out.size() - 1).text()) && !isCaps(text))) {
                    out.add(new Heading(i, text, kind.orElse("other")));
                }
                continue;
            }
            if (allCaps && !isCaps(text)) {
                continue;
            }
            boolean headingShaped = text.length() <= 50 && text.split("\\s+").length <= 6 && !text.contains("@")
                    && !text.endsWith(".") && !DatePatterns.hasDate(text) && !text.matches(".*[|,;].*");
            // when entry titles share the headings' style, only vocabulary tells them apart
            // nor smaller than every known heading: a sidebar's 17-point headings do not make 16-point employers headings
            boolean styleOnlyIsSafe = (line.size() >= body + 0.5f || allCaps) && line.gapAbove() >= 0.6f * typicalGap
                    && line.size() >= smallestKnown - 0.5f
                    && !HeadingVocabulary.namesAJob(text) && !text.matches(".*\\s[–—-]\\s.*")
                    && styleLines.getOrDefault(HeadingStyles.style(line), 0) <= 2 * vocab.size()
                    // a sidebar's style makes no heading in the main column: a LinkedIn export's employers share
                    // the size of its sidebar's headings
                    && inColumnOfItsStyle(line, lines, vocab);
            if (headingShaped && (kind.isPresent() || styleOnlyIsSafe && !(underHeading && !isCaps(text)))) {
                out.add(new Heading(i, text, kind.orElse("other")));
            }
        }
        return out;
    }

    /**
     * A known heading of the line's style starts near its left edge, or its column has no known heading of another
     * style: a column whose own headings are set otherwise takes none from a sidebar's style.
     */
    private static boolean inColumnOfItsStyle(TextLine line, List<TextLine> lines, List<Integer> vocab) {
        String style = HeadingStyles.style(line);
        List<TextLine> known = vocab.stream().map(lines::get).filter(k -> k.page() == line.page()).toList();
        boolean sameStyleHere = known.stream().anyMatch(k -> HeadingStyles.style(k).equals(style)
                && Math.abs(k.x0() - line.x0()) < 40);
        boolean otherStyleHere = known.stream().anyMatch(k -> !HeadingStyles.style(k).equals(style)
                && Math.abs(k.x0() - line.x0()) < 40);
        return sameStyleHere || !otherStyleHere;
    }

    static float bodySize(List<TextLine> lines) {
        Map<Integer, Integer> weight = new HashMap<>();
        for (TextLine l : lines) {
            weight.merge(Math.round(l.size() * 2), l.text().length(), Integer::sum);
        }
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(0f);
    }

    /** The share of the text, by characters, set in bold. */
    static double boldShare(List<TextLine> lines) {
        long all = lines.stream().mapToLong(l -> l.text().length()).sum();
        long bold = lines.stream().filter(TextLine::bold).mapToLong(l -> l.text().length()).sum();
        return all == 0 ? 0 : (double) bold / all;
    }

    /** Letters without case: a heading in a script that has no capitals. */
    static boolean uncased(String text) {
        return text.codePoints().anyMatch(Character::isLetter)
                && text.codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isLowerCase(c));
    }

    static boolean isCaps(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        return letters >= 3 && upper == letters;
    }

    static boolean isBullet(String text) {
        return EntryGrouper.BULLET.matcher(text).lookingAt();
    }
}
