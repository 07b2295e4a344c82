package org.mockinterview.kernel;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import static org.assertj.core.api.Assertions.assertThat;

/** The literal guard of a regex: what it derives, and that it never turns away a text the regex matches. */
class GuardedPatternTest {

    @Test
    void derivesTheWordsEveryMatchHolds() {
        assertThat(GuardedPattern.compile("\\b(was|were) asked\\b").needles())
                .containsExactlyInAnyOrder("was asked", "were asked");
        assertThat(GuardedPattern.compile("colou?r").needles()).containsExactlyInAnyOrder("color", "colour");
        assertThat(GuardedPattern.compile("apologi[sz]ed").needles())
                .containsExactlyInAnyOrder("apologised", "apologized");
        assertThat(GuardedPattern.compile("\\$\\d+ saved").needles()).containsExactly(" saved");
        // a lookaround and an optional part add nothing; the longer required word wins over a common one
        assertThat(GuardedPattern.compile("(?<!not )\\bthe (\\w+ )?budget\\b").needles()).containsExactly("budget");
        // a longer needle that holds a shorter one is redundant
        assertThat(GuardedPattern.compile("cost|costly").needles()).containsExactly("cost");
    }

    @Test
    void leavesUnreadOrEmptyCapablePatternsUnguarded() {
        assertThat(GuardedPattern.compile("(?i)budget").needles()).isNull();
        assertThat(GuardedPattern.compile("budget", Pattern.CASE_INSENSITIVE).needles()).isNull();
        assertThat(GuardedPattern.compile("\\x41pple").needles()).isNull();
        assertThat(GuardedPattern.compile("a*|\\d+").needles()).isNull();
        assertThat(GuardedPattern.compile("(\\w+)\\1").needles()).isNull();
    }

    @Test
    void aTextWithoutANeedleFindsNothingAndOneWithItFindsWhatThePatternFinds() {
        GuardedPattern p = GuardedPattern.compile("\\b(cut|reduced) (\\w+ ){0,3}by (\\d+)");
        assertThat(p.mayMatch("we shipped the report on time")).isFalse();
        assertThat(p.matcher("we shipped the report on time").find()).isFalse();
        var m = p.matcher("so we cut the queue by 40 percent");
        assertThat(m.find()).isTrue();
        assertThat(m.group(3)).isEqualTo("40");
        assertThat(m.start()).isEqualTo(6);
    }

    @Provide
    Arbitrary<String> regexes() {
        Arbitrary<String> inner = alternation(ATOMS);
        Arbitrary<String> atom = Arbitraries.oneOf(ATOMS, inner.map(r -> "(" + r + ")"), inner.map(r -> "(?:" + r + ")"),
                inner.map(r -> "(?=" + r + ")"), inner.map(r -> "(?<!" + r + ")"));
        return alternation(atom).filter(r -> r.length() < 80 && compiles(r));
    }

    private static boolean compiles(String regex) {
        try {
            Pattern.compile(regex);
            return true;
        } catch (PatternSyntaxException e) {
            return false; // e.g. a look-behind of unbounded length
        }
    }

    private static final Arbitrary<String> ATOMS = Arbitraries.of("a", "b", "ab", "ba", " ", "c", "\\.", ".", "\\w",
            "\\s", "\\d", "[ab]", "[^a]", "[a-c]", "\\b", "^", "$", "(?=a)", "(?!b)", "(?<=a)", "(?<!b)");

    /** Alternatives of one to four quantified atoms each. */
    private static Arbitrary<String> alternation(Arbitrary<String> atom) {
        Arbitrary<String> quantified = Arbitraries.oneOf(atom, atom.map(a -> a + "?"), atom.map(a -> a + "*"),
                atom.map(a -> a + "+"), atom.map(a -> a + "{0,2}"), atom.map(a -> a + "{1,3}"), atom.map(a -> a + "{2}"),
                atom.map(a -> a + "??"), atom.map(a -> a + "+?"));
        Arbitrary<String> sequence = quantified.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
        return sequence.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("|", l));
    }

    @Property(tries = 2000)
    void neverTurnsAwayATextThePatternMatches(@ForAll("regexes") String regex,
                                              @ForAll("texts") String text) {
        GuardedPattern guarded = GuardedPattern.compile(regex);
        boolean found = Pattern.compile(regex).matcher(text).find();
        assertThat(guarded.matcher(text).find()).as("%s on \"%s\"", regex, text).isEqualTo(found);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars('a', 'b', 'c', ' ', '.', '1').ofMaxLength(12);
    }
}
