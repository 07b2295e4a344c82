package org.mockinterview.resume.parse;

import java.util.List;
import java.util.Optional;

/**
 * A form's label set so close to its value that both read as one cell ("Occupation or position held Research
 * Engineer", "Dates 03.2019 – present", the 2004 Europass's right-aligned label column): the line split into its
 * label and value cells again.
 */
final class LabelPrefixes {

    /** No label runs longer than this many words. */
    private static final int MAX_WORDS = 10;

    /** The first word of every label, folded. */
    private static final java.util.Set<String> FIRST_WORDS = FormLabelVocabulary.LABELS.keySet().stream()
            .map(k -> k.split(" ")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The word as labels are folded: plain ASCII words are only lower-cased and stripped of ":" and "*". */
    private static String firstWord(String word) {
        boolean ascii = word.chars().allMatch(c -> c < 128 && c != '(' && c != ')');
        if (!ascii) {
            return FormLabels.fold(word);
        }
        int end = word.length();
        while (end > 0 && (word.charAt(end - 1) == ':' || word.charAt(end - 1) == '*')) {
            end--;
        }
        return word.substring(0, end).toLowerCase(java.util.Locale.ROOT);
    }

    private LabelPrefixes() {
    }

    /** The line as label and value cells, or empty when it opens with no known label of two words or a date's. */
    static Optional<TextLine> split(TextLine line) {
        if (line.cells().size() != 1) {
            return Optional.empty();
        }
        String text = line.cells().getFirst().strip();
        String[] words = text.split("\\s+");
        if (!FIRST_WORDS.contains(firstWord(words[0]))) {
            return Optional.empty(); // most lines open with no label's first word: a cheap look decides
        }
        for (int n = Math.min(MAX_WORDS, words.length - 1); n >= 1; n--) {
            String label = String.join(" ", List.of(words).subList(0, n));
            FormLabels.Role role = FormLabels.role(label);
            if (role == null || role == FormLabels.Role.NAME || role == FormLabels.Role.CONTACT) {
                continue;
            }
            String value = text.substring(label.length()).strip();
            // one word may open a sentence ("Role of …"); only a date confirms a one-word label
            boolean confirmed = n >= 2 || role == FormLabels.Role.DATES
                    && DatePatterns.find(value).filter(d -> d.start() == 0).isPresent();
            if (confirmed) {
                float share = (float) label.length() / text.length();
                return Optional.of(line.withCells(List.of(label, value),
                        List.of(line.x0(), line.x0() + share * (line.x1() - line.x0()) + 4)));
            }
        }
        return Optional.empty();
    }
}
