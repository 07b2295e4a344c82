package org.mockinterview.scoring;

import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.Delivery;
import org.mockinterview.scoring.AnswerAnalysis.KeyPointCoverage;
import org.mockinterview.scoring.AnswerAnalysis.NonAnswer;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;
import org.mockinterview.scoring.AnswerAnalysis.Star;

import java.util.ArrayList;
import java.util.List;

/** Picks at most three actionable suggestions, content gaps before delivery polish. */
final class Feedback {
    private Feedback() {
    }

    static List<String> compose(Category category, StarFindings f, List<RubricItem> rubric,
                                List<KeyPointCoverage> keyPoints, Delivery d, NonAnswer nonAnswer, String factCheck) {
        List<String> out = new ArrayList<>();
        if (factCheck != null) {
            // a wrong claim outweighs every gap in form: a fluent answer built on it would fail a real interview
            out.add("Check a fact: " + factCheck);
        }
        if (f.story() == StoryType.NON_ANSWER) {
            out.add((nonAnswer == null ? "" : nonAnswer.explanation() + " ")
                    + "Answer the question in a few sentences; if you are unsure, reason through it out loud or relate"
                    + " it to work you have done.");
        } else if (category == Category.BEHAVIORAL || f.star().action().applies()) {
            narrative(f, out);
        }
        if (category != Category.BEHAVIORAL && f.story() != StoryType.NON_ANSWER) {
            for (RubricItem r : rubric) {
                if (Boolean.FALSE.equals(r.met()) && r.advice() != null) {
                    out.add(r.advice());
                }
            }
        }
        if (keyPoints != null && f.story() != StoryType.NON_ANSWER) {
            for (KeyPointCoverage k : keyPoints) {
                if (!k.covered()) {
                    out.add("Cover this expected point: " + k.point() + ".");
                    break;
                }
            }
        }
        if (d.fillerRate() > 0.03 && !d.fillerWords().isEmpty()) {
            out.add("Cut filler words (most often \"" + d.fillerWords().get(0).word()
                    + "\"): pause silently instead of filling the gap.");
        }
        if (d.hedges() >= 3) {
            out.add("Drop hedges such as \"I think\", \"probably\" and \"kind of\" where you are confident.");
        }
        int spokenNotes = out.size();
        String measured = d.speakingSeconds() != null ? " while speaking" : "";
        if (DeliveryAnalyzer.tooFast(d)) {
            out.add("Slow down: you spoke about " + d.wordsPerMinute() + " words per minute" + measured
                    + "; aim for 120 to 160, and let a key point land before the next.");
        } else if (DeliveryAnalyzer.tooSlow(d)) {
            out.add("Pick up the pace: you spoke about " + d.wordsPerMinute() + " words per minute" + measured
                    + "; aim for 120 to 160.");
        }
        pauses(d, out);
        if (d.speakingSeconds() != null && spokenNotes >= 3 && out.size() > spokenNotes) {
            // a spoken answer always hears about its pace or pauses, in the last of the three places
            out.set(2, out.get(spokenNotes));
        }
        return List.copyOf(out.subList(0, Math.min(3, out.size())));
    }

    /** Long silences: a few short ones are thinking, many or one very long one read as being stuck. */
    private static void pauses(Delivery d, List<String> out) {
        if (d.pauses() == null || d.pauses().count() == 0) {
            return;
        }
        int count = d.pauses().count();
        long longest = Math.round(d.pauses().longestSeconds());
        if (count >= 3 || longest >= 5) {
            out.add("You went silent " + (count == 1 ? "once" : count + " times") + " for more than 2 seconds (the"
                    + " longest about " + longest + " s). Pausing to think is fine: say so (\"let me think about that\")"
                    + " and keep the silence short, or outline your answer first so the next point is ready.");
        }
    }

    private static void narrative(StarFindings f, List<String> out) {
        if (f.story() == StoryType.HYPOTHETICAL || f.story() == StoryType.GENERIC) {
            out.add("Tell one real example: describe a specific time this happened, what you did and how it turned out,"
                    + " instead of what you " + (f.story() == StoryType.HYPOTHETICAL ? "would do." : "usually do."));
            return;
        }
        Star s = f.star();
        if (!s.action().present()) {
            out.add("Describe the concrete steps you took: the analysis you ran, the change you made, who you talked to.");
        } else if (!f.ownership().firstPerson()) {
            out.add("Make your own part clear: say \"I\" for the actions you personally took, not only \"we\".");
        }
        if (!s.result().present()) {
            out.add("Finish with the result: what changed because of your actions, or what you learned.");
        } else if (!f.measurableResult().present()) {
            out.add("Quantify the result: give a number, percentage, amount of money or time saved.");
        }
        if (!f.businessImpact().present()) {
            out.add("Connect the outcome to the business: revenue, cost, customers, risk or a decision it changed.");
        }
        if (!s.situation().present()) {
            out.add("Open with one or two sentences of context: where you were and what problem existed.");
        }
        if (!s.task().present()) {
            out.add("Say what you were responsible for or trying to achieve before describing what you did.");
        }
    }
}
