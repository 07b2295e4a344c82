package org.mockinterview.scoring;

import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import java.util.ArrayList;
import java.util.List;

/** Builds the category rubric (criterion names as in the rubric labelling guidelines) from the rule classes. */
final class RubricEvaluator {
    private RubricEvaluator() {
    }

    /** {@code causal}: the question is about correlation and causation, so confound_mentioned applies. */
    static List<RubricItem> evaluate(Category category, ParsedAnswer a, StarFindings star, boolean causal) {
        boolean nonAnswer = star.story() == StoryType.NON_ANSWER;
        Concept concept = Concept.from(a.questionLower());
        List<Segment> content = Sentences.content(a.sentences(), concept);
        List<RubricItem> out = new ArrayList<>();
        switch (category) {
            case ML_FUNDAMENTALS -> {
                out.add(item("definition_first", nonAnswer ? null : KnowledgeRules.definitionFirst(a, concept, content),
                        "Open with a one-sentence definition of the concept (what it is and what sets it apart) before anything else."));
                out.add(example(a, content, nonAnswer));
            }
            case STATISTICS_PROBABILITY -> {
                out.add(item("plain_language", nonAnswer ? null : StatisticsRules.plainLanguage(a, content, concept),
                        "Say the core idea in everyday words first, and explain any technical term or symbol you use."));
                Segment driver = nonAnswer || !causal ? null : StatisticsRules.confound(content);
                // a named third variable is a particular the answer adds to the question's scenario (guidelines 3.4)
                RubricItem example = example(a, content, nonAnswer);
                out.add(example.met() != Boolean.TRUE && driver != null && !Misconceptions.present(a)
                        ? item("concrete_example", driver, null) : example);
                if (causal) {
                    out.add(item("confound_mentioned", driver,
                            "Name a concrete third variable that could drive both quantities (e.g. weather driving two seasonal trends)."));
                } else {
                    out.add(new RubricItem("confound_mentioned", null, null, null));
                }
            }
            case MODEL_EVALUATION -> {
                out.add(item("metric_tied_to_business", nonAnswer ? null : EvaluationRules.metricTiedToBusiness(content),
                        "Name the error type (false positive or negative), what it costs the business, and pick the metric or threshold from that."));
                out.add(example(a, content, nonAnswer));
            }
            case APPLIED_CASE_STUDY -> {
                out.add(item("clarifies_objective_first", nonAnswer ? null : ObjectiveRules.objectiveFirst(a),
                        "Before proposing a model, state the business objective and the metric that will show it worked."));
                out.add(item("names_constraints", nonAnswer ? null : CaseStudyRules.constraints(a),
                        "Name the operating constraints: latency, scale, label availability, cost or interpretability, with numbers."));
                out.add(item("structured_steps", nonAnswer ? null : CaseStudyRules.structuredSteps(a),
                        "Lay out your plan as ordered steps (first, then, finally), checking the data before changing the model."));
            }
            case BEHAVIORAL -> {
                out.add(new RubricItem("star_complete", complete(star), null,
                        "Cover all four parts: the situation, your task, the actions you took and the result."));
                out.add(new RubricItem("measurable_result", star.measurableResult().present(),
                        star.measurableResult().evidence(), "Quantify the result with a number, percentage, money or time."));
                out.add(new RubricItem("business_impact", star.businessImpact().present(),
                        star.businessImpact().evidence(), "Tie the result to revenue, cost, customers, risk or a decision."));
            }
        }
        return List.copyOf(out);
    }

    private static boolean complete(StarFindings f) {
        var s = f.star();
        return s.situation().present() && s.task().present() && s.action().present() && s.result().present();
    }

    private static RubricItem example(ParsedAnswer a, List<Segment> content, boolean nonAnswer) {
        return item("concrete_example", nonAnswer ? null : ConcreteExamples.find(a, content),
                "Add one specific example: a named model or dataset, a concrete scenario, or a small worked calculation.");
    }

    private static RubricItem item(String criterion, Segment evidence, String advice) {
        boolean met = evidence != null;
        return new RubricItem(criterion, met, met ? evidence.text() : null, met ? null : advice);
    }
}
