package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;

import java.util.List;
import java.util.regex.Matcher;

/** What the candidate's slide, chart or memo showed: its content, which tells no outcome of the story. */
final class ShownContent {

    private ShownContent() {
    }

    /** A slide, chart or memo made to show something: what it shows is its content, not an outcome. */
    private static final GuardedPattern SHOWING_ARTEFACT = GuardedPattern.compile("\\b(?:slides?|charts?|decks?|graphs?"
            + "|tables?|memos?|pages?|summary|estimates?|waterfall)\\b[^.]{0,30}\\b(?:estimating|showing|projecting|on|about"
            + "|with|of|to show|that showed)\\b");
    private static final GuardedPattern OWN_VERB = GuardedPattern.compile("\\b(?:is|are|was|were|has|have|had|went|fell|rose"
            + "|grew|dropped|came|got|stopped|started)\\b");

    /**
     * "… I closed with a slide estimating the staffing savings, and the revenue impact of fewer misses": what the
     * candidate's slide or chart shows, and a phrase joined to it with no verb of its own, is its content, no
     * outcome; returns which clauses are such content.
     */
    static boolean[] find(List<Segment> clauses, boolean[] result, ActionFinder.Actor[] actors) {
        boolean[] content = new boolean[clauses.size()];
        for (int i = 0; i < clauses.size(); i++) {
            String l = clauses.get(i).lower();
            Matcher shown = SHOWING_ARTEFACT.matcher(l);
            if (result[i] && actors[i] == ActionFinder.Actor.FIRST_PERSON && shown.find()
                    && !Cues.OUTCOME.matcher(l.substring(0, shown.start())).find()
                    && !OWN_VERB.matcher(l.substring(shown.end())).find()) { // "… a chart showing churn fell 4%"
                result[i] = false; // "I closed with a slide estimating the hours saved": the outcome is the slide's
                content[i] = true;
            }
        }
        for (int i = 1; i < clauses.size(); i++) {
            Segment c = clauses.get(i);
            Segment before = clauses.get(i - 1);
            if (result[i] && !result[i - 1] && actors[i - 1] == ActionFinder.Actor.FIRST_PERSON
                    && before.sentenceIndex() == c.sentenceIndex() && c.lower().startsWith("and ")
                    && SHOWING_ARTEFACT.matcher(before.lower()).find() && !OWN_VERB.matcher(c.lower()).find()) {
                result[i] = false;
                content[i] = true;
            }
        }
        return content;
    }
}
