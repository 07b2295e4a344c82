package org.mockinterview.kernel;

import java.util.HashSet;
import java.util.Set;

/**
 * Reads a {@code java.util.regex} source and derives strings one of which every match must contain: the guard of a
 * {@link GuardedPattern}. Anything it does not fully understand (inline flags, octal or hex escapes, quoting) gives
 * no guard at all, so a wrong guard cannot arise from an unread construct; lookarounds, classes and repeats that may
 * match nothing only weaken the guard.
 */
final class RequiredLiterals {

    /** Thrown on a construct this reader does not model: the pattern then goes unguarded. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
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
            LiteralInfo info = r.alternation();
            if (r.i != regex.length() || info.need() == null || info.need().isEmpty()) {
                return null;
            }
            return LiteralInfo.minimal(info.need());
        } catch (Unsupported | StringIndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }

    private LiteralInfo alternation() {
        LiteralInfo acc = sequence();
        while (i < re.length() && re.charAt(i) == '|') {
            i++;
            acc = LiteralInfo.alt(acc, sequence());
        }
        return acc;
    }

    /**
     * A run of exact pieces is kept whole ("$" then a number then " saved" keeps " saved" as one needle, not its
     * letters one by one); where the run breaks, the better of the guards seen so far is kept.
     */
    private LiteralInfo sequence() {
        LiteralInfo run = LiteralInfo.EMPTY;
        Set<String> need = null;
        boolean broken = false;
        while (i < re.length() && re.charAt(i) != '|' && re.charAt(i) != ')') {
            LiteralInfo q = quantified(atom());
            if (q.exact() != null && run.exact().size() * q.exact().size() <= LiteralInfo.MAX_EXACT) {
                run = LiteralInfo.concat(run, q);
                continue;
            }
            broken = true;
            need = LiteralInfo.better(need, run.need());
            if (q.exact() != null) {
                run = q;
            } else {
                need = LiteralInfo.better(need, q.need());
                run = LiteralInfo.EMPTY;
            }
        }
        return broken ? new LiteralInfo(null, LiteralInfo.better(need, run.need())) : run;
    }

    private LiteralInfo atom() {
        char c = re.charAt(i);
        switch (c) {
            case '(':
                return group();
            case '[':
                return charClass();
            case '.':
                i++;
                return LiteralInfo.ANY;
            case '^', '$':
                i++;
                return LiteralInfo.EMPTY;
            case '\\':
                return escape();
            case '*', '+', '?', '{':
                throw new Unsupported();
            default:
                int cp = re.codePointAt(i);
                i += Character.charCount(cp);
                return LiteralInfo.exact(Set.of(new String(Character.toChars(cp))));
        }
    }

    private LiteralInfo group() {
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
        LiteralInfo inner = alternation();
        if (i >= re.length() || re.charAt(i) != ')') {
            throw new Unsupported();
        }
        i++;
        return zeroWidth ? LiteralInfo.EMPTY : inner;
    }

    /** A class of a few plain characters ("[sz]", "[-–]") is that set; anything richer is unknown. */
    private LiteralInfo charClass() {
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
            return LiteralInfo.ANY;
        }
        Set<String> chars = new HashSet<>();
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '\\') {
                c = body.charAt(++k);
            } else if (c == '-' && k > 0 && k < body.length() - 1) {
                return LiteralInfo.ANY; // a range
            } else if (Character.isSurrogate(c)) {
                return LiteralInfo.ANY;
            }
            chars.add(String.valueOf(c));
        }
        return LiteralInfo.exact(chars);
    }

    private LiteralInfo escape() {
        char d = re.charAt(i + 1);
        i += 2;
        switch (d) {
            case 'b', 'B', 'A', 'z', 'Z', 'G':
                return LiteralInfo.EMPTY;
            case 'd', 'D', 'w', 'W', 's', 'S', 'h', 'H', 'v', 'V', 'R', 'X':
                return LiteralInfo.ANY;
            case 'p', 'P':
                if (re.charAt(i) == '{') {
                    i = re.indexOf('}', i) + 1;
                } else {
                    i++;
                }
                return LiteralInfo.ANY;
            case 'k':
                i = re.indexOf('>', i) + 1;
                return LiteralInfo.ANY;
            case 't':
                return LiteralInfo.exact(Set.of("\t"));
            case 'n':
                return LiteralInfo.exact(Set.of("\n"));
            case 'r':
                return LiteralInfo.exact(Set.of("\r"));
            case 'f':
                return LiteralInfo.exact(Set.of("\f"));
            default:
                if (d >= '1' && d <= '9') {
                    while (i < re.length() && Character.isDigit(re.charAt(i))) {
                        i++;
                    }
                    return LiteralInfo.ANY; // a back reference
                }
                if (Character.isLetterOrDigit(d)) {
                    throw new Unsupported(); // octal, hex, unicode, control, named and quoted escapes
                }
                return LiteralInfo.exact(Set.of(String.valueOf(d)));
        }
    }

    private LiteralInfo quantified(LiteralInfo atom) {
        if (i >= re.length()) {
            return atom;
        }
        char q = re.charAt(i);
        LiteralInfo out;
        if (q == '?') {
            i++;
            out = LiteralInfo.optional(atom);
        } else if (q == '*') {
            i++;
            out = LiteralInfo.ANY;
        } else if (q == '+') {
            i++;
            out = new LiteralInfo(null, atom.need());
        } else if (q == '{') {
            int close = re.indexOf('}', i);
            String[] bounds = re.substring(i + 1, close).split(",", -1);
            i = close + 1;
            int min = Integer.parseInt(bounds[0].trim());
            boolean once = bounds.length == 1 ? min == 1 : min == 1 && "1".equals(bounds[1].trim());
            out = once ? atom : min == 0 ? (bounds.length == 2 && "1".equals(bounds[1].trim()) ? LiteralInfo.optional(atom) : LiteralInfo.ANY)
                    : new LiteralInfo(null, atom.need());
        } else {
            return atom;
        }
        if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '+')) {
            i++; // lazy or possessive: the same strings
        }
        return out;
    }

}
