package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import java.util.regex.Matcher;

/** Finds quantities that state the size of an outcome, ignoring effort counts, targets and persistence. */
final class Quantities {
    private static final GuardedPattern QUANTITY = GuardedPattern.compile(
            "(?<![\\w.])[$£€]?\\d[\\d,]*(?:\\.\\d+)?(?::\\d\\d)?\\s?(?:%|percent|per cent|k\\b|m\\b|x\\b|×|ms\\b|pp\\b)?"
                    + "|\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
                    + "|hundred|thousand|million|billion|dozen|couple|half|doubled|halved|tripled|twice|zero)\\b"
                    // a share told as a fraction: "dropped by about a third", "two thirds of the calls"
                    + "|\\b(?:a|one|two|three) (?:third|quarter|fifth|tenth)s?\\b"
                    + "|\\bby [a-z] (?:percent|%)|\\b[xyz] percent\\b");
    private static final GuardedPattern RANK = GuardedPattern.compile("\\b(highest|lowest|top \\d+|top (three|five|ten)|first place"
            // "ranked first", not "the ranked list"
            + "|ranked (?:first|second|third|no\\.? ?\\d+|#?\\d+|top|in the top|among|highest|best)|number one|best in (our|the|my)|a's|straight as|gpa|grade of|first review|first try|first attempt"
            // a placing among a number of others: "came fourth out of thirty entries", "3rd of 40"
            + "|(first|second|third|fourth|fifth|\\d+(st|nd|rd|th)) (out of|of|among) (\\d+|" + Cues.NUMBER_WORD + "))\\b");
    private static final GuardedPattern EFFORT_AFTER = GuardedPattern.compile("^\\s*(?:\\S+\\s){0,1}(?:meetings?|models?|lines?"
            + "|experiments?|gpus?|calls?|emails?|slides?|interviews?|iterations?|versions?|notebooks?|tickets?|features?"
            + "|people|engineers|students|volunteers|members|sessions?|workshops?|scripts?|dashboards?|rounds?|prs?"
            + "|pull requests|commits|stakeholders|teams?|papers?|courses?|pages?|books?|articles?|chapters?|tutorials?"
            + "|modules?)\\b");
    /** "a 95% chance the new price is better": a probability or a confidence level, no size of an outcome. */
    private static final GuardedPattern PROBABILITY_AFTER = GuardedPattern.compile("^\\s*(?:\\S+\\s)?(chance|probability|likelihood"
            + "|confiden\\w*|sure|certain|significan\\w*)\\b");
    private static final GuardedPattern TARGET_BEFORE = GuardedPattern.compile("(\\b(objective|goal|target|aim)\\s+(of|was|is|to)"
            + "|\\b(aimed|aiming|hoping|wanted|expected)"
            // a level never reached: "we didn't get to 30%", "never reached 90%"
            + "|\\b(?:didn't|did not|never|couldn't|could not|failed to) (?:get|reach|hit|make it|come close)(?: to)?)\\b"
            + "(?:\\W+\\w+){0,4}\\W*$");
    /** "the 10% target was not reached": a quantity naming the target, not the outcome. */
    private static final GuardedPattern TARGET_AFTER = GuardedPattern.compile("^\\s*(?:\\S+\\s){0,2}?(target|goal|objective|aim|quota"
            + "|threshold)s?\\b");
    private static final GuardedPattern PERSISTENCE = GuardedPattern.compile("\\bstill\\b");
    /** A time of day: "moved the meeting to eight in the morning", "by 9 am". */
    private static final GuardedPattern CLOCK_AFTER = GuardedPattern.compile("^\\s*(?:in the (?:morning|afternoon|evening)"
            + "|at night|o'clock|[ap]\\.?m\\b\\.?)");
    /** A number word written as part of a name mid-sentence: "the Double Eleven sale", "a Formula One team". */
    private static final java.util.regex.Pattern NAMED_NUMBER = java.util.regex.Pattern.compile("(?<=\\S )(?:Two|Three"
            + "|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Hundred|Thousand|Million)\\b");
    private static final GuardedPattern DURATION_AFTER = GuardedPattern.compile("^\\s*(years?|months?|weeks?|days?)\\b");
    /** When it happened, not how much changed: "after four weeks", "over the next three months", "two years later". */
    private static final GuardedPattern FRAME_BEFORE = GuardedPattern.compile("\\b(?:after|over the next|over the following"
            + "|for the next|in the next|during the next|in the first|over the first)\\s+(?:about |around |roughly |almost "
            + "|nearly |some |another )?$");
    private static final String SPAN = "(?:years?|yrs?|months?|weeks?|days?|quarters?|sprints?)";
    private static final GuardedPattern FRAME_UNIT = GuardedPattern.compile("^\\s*" + SPAN + "\\b");
    private static final GuardedPattern LATER_AFTER = GuardedPattern.compile("^\\s*" + SPAN + " (?:later|ago|on)\\b");

    private Quantities() {
    }

    /** True when the clause states a quantity that can measure an outcome; number words in names do not. */
    static boolean hasOutcomeQuantity(Segment clause) {
        StringBuilder lower = new StringBuilder(clause.lower());
        java.util.regex.Matcher named = NAMED_NUMBER.matcher(clause.text());
        while (named.find() && named.end() <= lower.length()) {
            lower.replace(named.start(), named.end(), "_".repeat(named.end() - named.start()));
        }
        return hasOutcomeQuantity(lower.toString());
    }

    /** True when the clause states a quantity that can measure an outcome. */
    static boolean hasOutcomeQuantity(String lower) {
        if (RANK.matcher(lower).find()) {
            return true;
        }
        Matcher m = QUANTITY.matcher(lower);
        boolean persistence = PERSISTENCE.matcher(lower).find();
        while (m.find()) {
            String q = m.group().trim();
            if (q.isEmpty() || q.matches("(19|20)\\d\\d")) {
                continue;
            }
            String after = lower.substring(m.end());
            String before = lower.substring(0, m.start());
            if (EFFORT_AFTER.matcher(after).find() || PROBABILITY_AFTER.matcher(after).find()
                    || TARGET_BEFORE.matcher(before).find()
                    || TARGET_AFTER.matcher(after).find()) {
                continue;
            }
            if (CLOCK_AFTER.matcher(after).find()) {
                continue;
            }
            if (persistence && DURATION_AFTER.matcher(after).find()
                    || FRAME_UNIT.matcher(after).find() && FRAME_BEFORE.matcher(before).find()
                    || LATER_AFTER.matcher(after).find()) {
                continue;
            }
            return true;
        }
        return false;
    }

    static int count(String lower) {
        return count(lower, false);
    }

    /** Quantities that set up a model ("8 or 12 heads", "64 dimensions per head", "k = 5 folds"): values, no case. */
    private static final GuardedPattern SETTING_AFTER = GuardedPattern.compile("^\\s*(?:or \\d+\\s*)?(?:\\S+\\s)?(?:heads?|layers?"
            + "|dimensions?|dims?|epochs?|batch(?:es)?|folds?|trees?|neighbou?rs|units|neurons|filters|hidden|channels"
            + "|iterations|steps|estimators|clusters|components|bins|buckets)\\b");

    /** The quantities of a sentence other than a model's settings. */
    static int countBeyondSettings(String lower) {
        return count(lower, true);
    }

    private static int count(String lower, boolean skipSettings) {
        Matcher m = QUANTITY.matcher(lower);
        int n = 0;
        while (m.find()) {
            if (!m.group().isBlank() && !(skipSettings && SETTING_AFTER.matcher(lower.substring(m.end())).find())) {
                n++;
            }
        }
        return n;
    }
}
