package org.mockinterview.scoring;

/**
 * A matching key that makes British and American spellings of one word equal (labelled/labeled, optimise/optimize,
 * behaviour/behavior, analyse/analyze, centre/center). Applied to both sides of a comparison, so a key that is no
 * real word does no harm.
 */
final class Spelling {
    private Spelling() {
    }

    static String normalise(String w) {
        String s = w;
        if (s.length() > 6 && (s.endsWith("elled") || s.endsWith("elling") || s.endsWith("eller"))) {
            int at = s.lastIndexOf("ell");
            s = s.substring(0, at + 1) + s.substring(at + 2);
        }
        s = replaceSuffix(s, "isation", "ization");
        s = replaceSuffix(s, "isations", "izations");
        for (String end : new String[]{"ise", "ised", "ises", "ising", "iser", "isers"}) {
            if (s.length() > end.length() + 3 && s.endsWith(end)) {
                s = s.substring(0, s.length() - end.length()) + "iz" + end.substring(2);
                break;
            }
        }
        for (String end : new String[]{"yse", "ysed", "yses", "ysing"}) {
            if (s.length() > end.length() + 2 && s.endsWith(end)) {
                s = s.substring(0, s.length() - end.length()) + "yz" + end.substring(2);
                break;
            }
        }
        if (s.length() >= 6 && (s.endsWith("our") || s.endsWith("ours"))) {
            s = s.replaceFirst("our(s?)$", "or$1");
        }
        if (s.length() >= 5 && (s.endsWith("tre") || s.endsWith("tres"))) {
            s = s.replaceFirst("tre(s?)$", "ter$1");
        }
        return s;
    }

    private static String replaceSuffix(String s, String from, String to) {
        return s.endsWith(from) ? s.substring(0, s.length() - from.length()) + to : s;
    }
}
