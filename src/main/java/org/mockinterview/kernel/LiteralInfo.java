package org.mockinterview.kernel;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a piece of a regex can match, as {@link RequiredLiterals} reads it. {@code exact}: every string it can match,
 * when that set is small, else null. {@code need}: strings one of which every match contains, or null when nothing
 * is known.
 */
record LiteralInfo(Set<String> exact, Set<String> need) {
    static final int MAX_EXACT = 256;
    static final int MAX_NEEDLES = 1024;
    static final LiteralInfo ANY = new LiteralInfo(null, null);
    static final LiteralInfo EMPTY = exact(Set.of(""));

    static LiteralInfo exact(Set<String> s) {
        return new LiteralInfo(s, s.contains("") ? null : s);
    }

    /** Drops needles that contain another needle: the shorter one is found whenever the longer one is. */
    static Set<String> minimal(Set<String> needles) {
        Set<String> out = new LinkedHashSet<>();
        for (String n : needles) {
            boolean covered = false;
            for (String m : needles) {
                if (!m.equals(n) && n.contains(m)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                out.add(n);
            }
        }
        return out;
    }

    static LiteralInfo optional(LiteralInfo atom) {
        if (atom.exact() != null && atom.exact().size() < MAX_EXACT) {
            Set<String> s = new HashSet<>(atom.exact());
            s.add("");
            return LiteralInfo.exact(s);
        }
        return LiteralInfo.ANY;
    }

    static LiteralInfo concat(LiteralInfo a, LiteralInfo b) {
        Set<String> s = new HashSet<>();
        for (String x : a.exact()) {
            for (String y : b.exact()) {
                s.add(x + y);
            }
        }
        return LiteralInfo.exact(s);
    }

    static LiteralInfo alt(LiteralInfo a, LiteralInfo b) {
        if (a.exact() != null && b.exact() != null && a.exact().size() + b.exact().size() <= MAX_EXACT) {
            Set<String> s = new HashSet<>(a.exact());
            s.addAll(b.exact());
            return LiteralInfo.exact(s);
        }
        if (a.need() == null || b.need() == null || a.need().size() + b.need().size() > MAX_NEEDLES) {
            return LiteralInfo.ANY;
        }
        Set<String> s = new HashSet<>(a.need());
        s.addAll(b.need());
        return new LiteralInfo(null, s);
    }

    /**
     * The more selective of two guards: the longer shortest needle, then the longer needles on average, then the fewer
     * needles. A needle that is only a common short word ("the ", "my ") counts as one character: nearly every
     * sentence holds one.
     */
    static Set<String> better(Set<String> x, Set<String> y) {
        if (x == null || y == null) {
            return x == null ? y : x;
        }
        int mx = shortest(x);
        int my = shortest(y);
        if (mx != my) {
            return mx > my ? x : y;
        }
        double ax = average(x);
        double ay = average(y);
        if (ax != ay) {
            return ax > ay ? x : y;
        }
        return x.size() <= y.size() ? x : y;
    }

    static final Set<String> COMMON = Set.of("a", "an", "the", "i", "we", "my", "our", "to", "of", "in", "on",
            "and", "or", "is", "was", "are", "were", "it", "that", "this", "for", "with", "as", "at", "by", "be");

    static int length(String needle) {
        return COMMON.contains(needle.strip()) ? 1 : needle.length();
    }

    static double average(Set<String> s) {
        double sum = 0;
        for (String x : s) {
            sum += length(x);
        }
        return sum / s.size();
    }

    static int shortest(Set<String> s) {
        int m = Integer.MAX_VALUE;
        for (String x : s) {
            m = Math.min(m, length(x));
        }
        return m;
    }
}
