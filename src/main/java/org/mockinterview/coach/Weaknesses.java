package org.mockinterview.coach;

import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis;
import org.mockinterview.scoring.StoryType;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an answer analysis into the weakness codes {@link FollowUpTemplates} and the follow-up prompt understand,
 * weakest first. An empty list means there is nothing worth probing, so no follow-up is asked.
 */
public final class Weaknesses {

    private Weaknesses() {
    }

    public static List<String> of(AnswerAnalysis analysis) {
        List<String> out = new ArrayList<>();
        if (analysis == null) {
            return out;
        }
        if (analysis.category() == Category.BEHAVIORAL) {
            // A story that never happened cannot be probed for results; ask for a real one first.
            if (analysis.story() == StoryType.HYPOTHETICAL || analysis.story() == StoryType.GENERIC) {
                out.add("specific_example");
            }
            AnswerAnalysis.Star star = analysis.star();
            // Without actions there is no story and without a result no outcome; context parts matter least.
            if (star != null) {
                addIf(out, star.action(), "action");
                addIf(out, star.result(), "result");
            }
            addIf(out, analysis.measurableResult(), "measurable_result");
            if (analysis.ownership() != null && !analysis.ownership().firstPerson()) {
                out.add("ownership");
            }
            addIf(out, analysis.businessImpact(), "business_impact");
            if (star != null) {
                addIf(out, star.task(), "task");
                addIf(out, star.situation(), "situation");
            }
        }
        if (analysis.rubric() != null) {
            for (AnswerAnalysis.RubricItem item : analysis.rubric()) {
                // star_complete only restates the STAR parts listed above.
                if (Boolean.FALSE.equals(item.met()) && !"star_complete".equals(item.criterion())
                        && !out.contains(item.criterion())) {
                    out.add(item.criterion());
                }
            }
        }
        return List.copyOf(out);
    }

    private static void addIf(List<String> out, AnswerAnalysis.Presence presence, String code) {
        if (presence != null && !presence.present() && !out.contains(code)) {
            out.add(code);
        }
    }
}
