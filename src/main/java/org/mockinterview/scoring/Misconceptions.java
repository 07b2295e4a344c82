package org.mockinterview.scoring;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Textbook misconceptions that make a definition or example wrong (swapped error types, swapped penalties,
 * gradient ascent, bias/variance swapped). A small knowledge base, not a general fact checker.
 */
final class Misconceptions {
    private static final List<Pattern> WRONG = List.of(
            Pattern.compile("\\b(moves?|step\\w*|go\\w*) uphill\\b|\\btowards? (the|a) (maximum|peak|top) of (the|its) (loss|error|cost)"
                    + "|\\badding the gradient\\b|\\bin the direction of the gradient\\b(?! descent)"),
            Pattern.compile("\\btype (one|i|1)\\b[^.]{0,60}\\b(miss|fail to detect|false negative)"
                    + "|\\btype (two|ii|2)\\b[^.]{0,60}\\b(false alarm|false positive|say the \\w+ works)"),
            Pattern.compile("\\bl1\\b[^.]{0,50}\\bsquare[ds]?\\b[^.]{0,60}\\bl2\\b[^.]{0,50}\\babsolute"
                    + "|\\bl1\\b[^.]{0,40}\\b(assigned|assigns) a 1 or 0"),
            Pattern.compile("\\bhigh bias\\b[^.]{0,40}\\boverfit|\\bhigh variance\\b[^.]{0,40}\\bunderfit"
                    + "|\\bdeep(er)? trees?\\b[^.]{0,40}\\bhigh bias"),
            Pattern.compile("\\btrue positive rate (vs\\.?|versus|against|and) (the )?true negative rate"));

    private Misconceptions() {
    }

    static boolean present(String lower) {
        for (Pattern p : WRONG) {
            if (p.matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }
}
