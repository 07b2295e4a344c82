package org.mockinterview.kernel;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with the literal strings one of which every match must contain (its guard), so a text without
 * any of them is turned away by a few {@code indexOf} calls instead of a full regex scan; results are those of the
 * plain {@link Pattern}.
 *
 * <p>Why: the answer rules are large alternations ("my task was", "we were asked", …) scanned over every clause, and
 * {@code java.util.regex} tries every alternative at every position; most clauses hold none of their words.
 */
public final class GuardedPattern {
    private static final Pattern NEVER = Pattern.compile("(?!)");

    private final Pattern pattern;
    /** Null: no guard could be derived and every text is scanned. */
    private final String[] needles;

    private GuardedPattern(Pattern pattern, Set<String> needles) {
        this.pattern = pattern;
        this.needles = needles == null ? null : needles.toArray(String[]::new);
    }

    public static GuardedPattern compile(String regex) {
        return of(Pattern.compile(regex));
    }

    public static GuardedPattern compile(String regex, int flags) {
        return of(Pattern.compile(regex, flags));
    }

    public static GuardedPattern of(Pattern pattern) {
        // case folding and comments change what a literal in the source means: scan every text
        boolean plain = (pattern.flags() & (Pattern.CASE_INSENSITIVE | Pattern.COMMENTS | Pattern.LITERAL)) == 0;
        return new GuardedPattern(pattern, plain ? RequiredLiterals.of(pattern.pattern()) : null);
    }

    /** A matcher over {@code text}: the real one, or one that finds nothing when no needle occurs. */
    public Matcher matcher(CharSequence text) {
        return mayMatch(text) ? pattern.matcher(text) : NEVER.matcher(text);
    }

    /** False only when the pattern cannot match anywhere in {@code text}. */
    public boolean mayMatch(CharSequence text) {
        if (needles == null) {
            return true;
        }
        String s = text.toString();
        for (String n : needles) {
            if (s.contains(n)) {
                return true;
            }
        }
        return false;
    }

    public Pattern pattern() {
        return pattern;
    }

    /** The guard's strings, for tests; null when the pattern is unguarded. */
    Set<String> needles() {
        return needles == null ? null : Set.of(needles);
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
