package org.mockinterview.scoring;

import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.KeyPointCoverage;
import org.mockinterview.scoring.AnswerAnalysis.OutlineItem;
import org.mockinterview.scoring.AnswerAnalysis.Presence;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;
import org.mockinterview.scoring.AnswerAnalysis.StrongerAnswer;

import java.util.ArrayList;
import java.util.List;

/**
 * An outline of a stronger answer, built from the candidate's own sentences plus what was missing: situation, task,
 * action and result for a story (the result made measurable or flagged as missing); definition, example and key
 * points for a concept; objective, constraints and steps for a case study.
 */
final class StrongerAnswers {
    static final String SOURCE = "rules";

    private StrongerAnswers() {
    }

    static StrongerAnswer build(Category category, StarFindings f, List<RubricItem> rubric,
                                List<KeyPointCoverage> keyPoints, String concept) {
        List<OutlineItem> out = new ArrayList<>();
        boolean story = category == Category.BEHAVIORAL || f.star().action().applies();
        if (story) {
            story(f, out);
        } else {
            concept(category, rubric, concept, out);
        }
        if (keyPoints != null) {
            for (KeyPointCoverage k : keyPoints) {
                if (!k.covered()) {
                    out.add(new OutlineItem("key_point", "Add: " + k.point(), false));
                }
            }
        }
        return new StrongerAnswer(List.copyOf(out), SOURCE);
    }

    private static void story(StarFindings f, List<OutlineItem> out) {
        var s = f.star();
        boolean lived = f.story() == StoryType.SPECIFIC;
        if (!lived) {
            out.add(new OutlineItem("situation", "Pick one real time this happened, and say where you were and what"
                    + " problem existed.", false));
        } else {
            part(out, "situation", s.situation(), "Open with the context: where you were, when, and what problem existed.");
        }
        part(out, "task", lived ? s.task() : Presence.ABSENT, "Say what you were responsible for or asked to achieve.");
        part(out, "action", lived ? s.action() : Presence.ABSENT,
                "Describe the steps you took yourself (\"I analysed…, I built…\"), not only what the team did.");
        part(out, "result", lived ? s.result() : Presence.ABSENT,
                "Finish with what happened because of your actions, or what you learned.");
        if (lived && s.result().present() && !f.measurableResult().present()) {
            out.add(new OutlineItem("result", "Make the result measurable: by how much did it change (a number,"
                    + " percentage, money or time)?", false));
        }
        if (!f.businessImpact().present()) {
            out.add(new OutlineItem("business_impact", "Tie the outcome to the business: revenue, cost, customers,"
                    + " risk, or a decision it changed.", false));
        }
    }

    private static void concept(Category category, List<RubricItem> rubric, String concept, List<OutlineItem> out) {
        String subject = concept == null || concept.isBlank() ? "the concept" : concept;
        switch (category) {
            case APPLIED_CASE_STUDY -> {
                criterion(out, rubric, "clarifies_objective_first", "objective",
                        "Start with the business objective and the metric that defines success.");
                criterion(out, rubric, "names_constraints", "constraints",
                        "Name the operating constraints with numbers: latency, scale, label availability, cost.");
                criterion(out, rubric, "structured_steps", "steps",
                        "Lay out the plan in order: first…, then…, finally…, checking the data before the model.");
            }
            case STATISTICS_PROBABILITY -> {
                criterion(out, rubric, "plain_language", "definition",
                        "Say what " + subject + " means in everyday words, without jargon.");
                criterion(out, rubric, "concrete_example", "example", "Give one concrete example with real numbers.");
                criterion(out, rubric, "confound_mentioned", "point",
                        "Name a concrete third variable that could drive both quantities.");
            }
            case MODEL_EVALUATION -> {
                criterion(out, rubric, "metric_tied_to_business", "point", "Name the error types, what each costs"
                        + " the business, and choose the metric or threshold from that.");
                criterion(out, rubric, "concrete_example", "example", "Give one concrete example with numbers.");
            }
            default -> {
                criterion(out, rubric, "definition_first", "definition",
                        "Open with a one-sentence definition of " + subject + ".");
                criterion(out, rubric, "concrete_example", "example",
                        "Add one concrete example: a named model or dataset, or small numbers worked through.");
            }
        }
    }

    private static void criterion(List<OutlineItem> out, List<RubricItem> rubric, String code, String part,
                                  String missing) {
        for (RubricItem r : rubric) {
            if (r.criterion().equals(code)) {
                if (r.met() == null && code.equals("confound_mentioned")) {
                    return; // not a correlation question
                }
                out.add(Boolean.TRUE.equals(r.met()) && r.evidence() != null
                        ? new OutlineItem(part, r.evidence().strip(), true)
                        : new OutlineItem(part, missing, false));
                return;
            }
        }
    }

    private static void part(List<OutlineItem> out, String name, Presence p, String missing) {
        out.add(p.present() && p.evidence() != null ? new OutlineItem(name, p.evidence().strip(), true)
                : new OutlineItem(name, missing, false));
    }
}
