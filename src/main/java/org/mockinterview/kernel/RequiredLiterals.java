package org.mockinterview.kernel;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads a {@code java.util.regex} source and derives strings one of which every match must contain: the guard of a
 * {@link GuardedPattern}. Anything it does not fully understand (inline flags, octal or hex escapes, quoting) gives
 * no guard at all, so a wrong guard cannot arise from an unread construct; lookarounds, classes and repeats that may
 * match nothing only weaken the guard.
 */
final class RequiredLiterals {
    private static final int MAX_EXACT = 256;
    private static final int MAX_NEEDLES = 1024;

    /** Thrown on a construct this reader does not model: the pattern then goes unguarded. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /**
     * What a piece of the regex can match. {@code exact}: every string it can match, when that set is small, else
     * null. {@code need}: strings one of which every match contains, or null when nothing is known.
     */
    private record Info(Set<String> exact, Set<String> need) {
        static final Info ANY = new Info(null, null);
        static final Info EMPTY = exact(Set.of(""));

        static Info exact(Set<String> s) {
            return new Info(s, s.contains("") ? null : s);
        }
    }

    private final String re;
    private int i;

    private RequiredLiterals(String re) {
        this.re = re;
    }

    /** The guard of {@code regex}, or null when none can be derived. */
    static Set<String> of(String regex) {
        try {
            RequiredLiterals r = new RequiredLiterals(regex);
            Info info = r.alternation();
            if (r.i != regex.length() || info.need() == null || info.need().isEmpty()) {
                return null;
            }
            return minimal(info.need());
        } catch (Unsupported | StringIndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }

    /** Drops needles that contain another needle: the shorter one is found whenever the longer one is. */
    private static Set<String> minimal(Set<String> needles) {
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

    private Info alternation() {
        Info acc = sequence();
        while (i < re.length() && re.charAt(i) == '|') {
            i++;
            acc = alt(acc, sequence());
        }
        return acc;
    }

    /**
     * A run of exact pieces is kept whole ("$" then a number then " saved" keeps " saved" as one needle, not its
     * letters one by one); where the run breaks, the better of the guards seen so far is kept.
     */
    private Info sequence() {
        Info run = Info.EMPTY;
        Set<String> need = null;
        boolean broken = false;
        while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
            Info q = quantified(atom());
            if (q.exact() != null && run.exact().size() * q.exact().size() <= MAX_EXACT) {
                run = concat(run, q);
                continue;
            }
            broken = true;
            need = better(need, run.need());
            if (q.exact() != null) {
                run = q;
            } else {
                need = better(need, q.need());
                run = Info.EMPTY;
            }
        }
        return broken ? new Info(null, better(need, run.need())) : run;
    }

    private Info atom() {
        char c = re.charAt(i);
        switch (c) {
            case '(':
                return group();
            case '[':
                return charClass();
            case '.':
                i++;
                return Info.ANY;
            case '^', '$':
                i++;
                return Info.EMPTY;
            case '\\':
                return escape();
            case '*', '+', '?', '{':
                throw new Unsupported();
            default:
                int cp = re.codePointAt(i);
                i += Character.charCount(cp);
                return Info.exact(Set.of(new String(Character.toChars(cp))));
        }
    }

    private Info group() {
        i++;
        boolean zeroWidth = false;
        if (re.charAt(i) == '?') {
            char k = re.charAt(i + 1);
            if (k == ':' || k == '>') {
                i += 2;
            } else if (k == '=' || k == '!') {
                i += 2;
                zeroWidth = true;
            } else if (k == '<' && (re.charAt(i + 2) == '=' || re.charAt(i + 2) == '!')) {
                i += 3;
                zeroWidth = true;
            } else if (k == '<') {
                i = re.indexOf('>', i) + 1;
                if (i == 0) {
                    throw new Unsupported();
                }
            } else {
                throw new Unsupported(); // inline flags change what the literals mean
            }
        }
        Info inner = alternation();
        if (i >= re.length() || re.charAt(i) != ')') {
            throw new Unsupported();
        }
        i++;
        return zeroWidth ? Info.EMPTY : inner;
    }

    /** A class of a few plain characters ("[sz]", "[-–]") is that set; anything richer is unknown. */
    private Info charClass() {
        int start = ++i;
        int depth = 1;
        boolean simple = true;
        while (depth > 0) {
            char c = re.charAt(i);
            if (c == '\\') {
                simple &= !Character.isLetterOrDigit(re.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                simple = false;
            } else if (c == ']') {
                if (i == start) {
                    throw new Unsupported(); // "[]…]": read differently by regex dialects
                }
                depth--;
            } else if (c == '&' || c == '^' && i == start) {
                simple = false;
            }
            i++;
        }
        String body = re.substring(start, i - 1);
        if (!simple || body.length() > 16) {
            return Info.ANY;
        }
        Set<String> chars = new HashSet<>();
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '\\') {
                c = body.charAt(++k);
            } else if (c == '-' && k > 0 && k < body.length() - 1) {
                return Info.ANY; // a range
            } else if (Character.isSurrogate(c)) {
                return Info.ANY;
            }
            chars.add(String.valueOf(c));
        }
        return Info.exact(chars);
    }

    private Info escape() {
        char d = re.charAt(i + 1);
        i += 2;
        switch (d) {
            case 'b', 'B', 'A', 'z', 'Z', 'G':
                return Info.EMPTY;
            case 'd', 'D', 'w', 'W', 's', 'S', 'h', 'H', 'v', 'V', 'R', 'X':
                return Info.ANY;
            case 'p', 'P':
                if (re.charAt(i) == '{') {
                    i = re.indexOf('}', i) + 1;
                } else {
                    i++;
                }
                return Info.ANY;
            case 'k':
                i = re.indexOf('>', i) + 1;
                return Info.ANY;
            case 't':
                return Info.exact(Set.of("\t"));
            case 'n':
                return Info.exact(Set.of("\n"));
            case 'r':
                return Info.exact(Set.of("\r"));
            case 'f':
                return Info.exact(Set.of("\f"));
            default:
                if (d >= '1' && d <= '9') {
                    while (i < re.length() && Character.isDigit(re.charAt(i))) {
                        i++;
                    }
                    return Info.ANY; // a back reference
                }
                if (Character.isLetterOrDigit(d)) {
                    throw new Unsupported(); // octal, hex, unicode, control, named and quoted escapes
                }
                return Info.exact(Set.of(String.valueOf(d)));
        }
    }

    private Info quantified(Info atom) {
        if (i >= re.length()) {
            return atom;
        }
        char q = re.charAt(i);
        Info out;
        if (q == '?') {
            i++;
            out = optional(atom);
        } else if (q == '*') {
            i++;
            out = Info.ANY;
        } else if (q == '+') {
            i++;
            out = new Info(null, atom.need());
        } else if (q == '{') {
            int close = re.indexOf('}', i);
            String[] bounds = re.substring(i + 1, close).split(",", -1);
            i = close + 1;
            int min = Integer.parseInt(bounds[0].trim());
            boolean once = bounds.length == 1 ? min == 1 : min == 1 && "1".equals(bounds[1].trim());
            out = once ? atom : min == 0 ? (bounds.length == 2 && "1".equals(bounds[1].trim()) ? optional(atom) : Info.ANY)
                    : new Info(null, atom.need());
        } else {
            return atom;
        }
        if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
            i++; // lazy or possessive: the same strings
        }
        return out;
    }

    private static Info optional(Info atom) {
        if (atom.exact() != null && atom.exact().size() < MAX_EXACT) {
            Set<String> s = new HashSet<>(atom.exact());
            s.add("");
            return Info.exact(s);
        }
        return Info.ANY;
    }

    private static Info concat(Info a, Info b) {
        Set<String> s = new HashSet<>();
        for (String x : a.exact()) {
            for (String y : b.exact()) {
                s.add(x + y);
            }
        }
        return Info.exact(s);
    }

    private static Info alt(Info a, Info b) {
        if (a.exact() != null && b.exact() != null && a.exact().size() + b.exact().size() <= MAX_EXACT) {
            Set<String> s = new HashSet<>(a.exact());
            s.addAll(b.exact());
            return Info.exact(s);
        }
        if (a.need() == null || b.need() == null || a.need().size() + b.need().size() > MAX_NEEDLES) {
            return Info.ANY;
        }
        Set<String> s = new HashSet<>(a.need());
        s.addAll(b.need());
        return new Info(null, s);
    }

    /**
     * The more selective of two guards: the longer shortest needle, then the longer needles on average, then the fewer
     * needles. A needle that is only a common short word ("the ", "my ") counts as one character: nearly every
     * sentence holds one.
     */
    private static Set<String> better(Set<String> x, Set<String> y) {
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

    private static final Set<String> COMMON = Set.of("a", "an", "the", "i", "we", "my", "our", "to", "of", "in", "on",
            "and", "or", "is", "was", "are", "were", "it", "that", "this", "for", "with", "as", "at", "by", "be");

    private static int length(String needle) {
        return COMMON.contains(needle.strip()) ? 1 : needle.length();
    }

    private static double average(Set<String> s) {
        double sum = 0;
        for (String x : s) {
            sum += length(x);
        }
        return sum / s.size();
    }

    private static int shortest(Set<String> s) {
        int m = Integer.MAX_VALUE;
        for (String x : s) {
            m = Math.min(m, length(x));
        }
        return m;
    }
}
