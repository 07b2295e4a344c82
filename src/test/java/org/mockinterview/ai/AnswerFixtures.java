package org.mockinterview.ai;

import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;
import org.mockinterview.kernel.PlannedQuestion;
import org.mockinterview.kernel.Source;
import org.mockinterview.scoring.AnswerAnalysis.Presence;
import org.mockinterview.scoring.AnswerAnalysis;
import org.mockinterview.scoring.StoryType;

import java.util.List;

/** Answered questions and hand-built analyses for follow-up and review tests. */
final class AnswerFixtures {

    static final String VAGUE_ANSWER = "Usually we would look at the data and the team would try a few things to "
            + "improve the model. Mail me at jane.marlowe@example.com if you want the details.";

    private AnswerFixtures() {
    }

    static PlannedQuestion behavioral() {
        return new PlannedQuestion(Category.BEHAVIORAL, "Tell me about a time a model you owned failed in production.",
                Source.TEMPLATE, "FraudShield", null, "offline-planner/test", "test", List.of(), Difficulty.MEDIUM);
    }

    static PlannedQuestion knowledge() {
        return new PlannedQuestion(Category.ML_FUNDAMENTALS, "What is the bias-variance trade-off?", Source.BANK,
                null, "mlf-001", "offline-planner/test", "test", List.of("bias", "variance", "model complexity"),
                Difficulty.EASY);
    }

    /** A knowledge answer where every applicable criterion is met: nothing to probe. */
    static AnswerAnalysis strongKnowledge() {
        Presence yes = new Presence(true, "evidence");
        return new AnswerAnalysis(Category.ML_FUNDAMENTALS, 92, StoryType.SPECIFIC,
                new AnswerAnalysis.Star(yes, yes, yes, yes), yes, yes, new AnswerAnalysis.Ownership(true, "I"),
                List.of(new AnswerAnalysis.RubricItem("definition_first", true, "Bias is", null),
                        new AnswerAnalysis.RubricItem("concrete_example", true, "for example", null)),
                null, null, List.of(), new AnswerAnalysis.Engine("rules", "test"));
    }

    /** A knowledge answer with no definition and no example. */
    static AnswerAnalysis weakKnowledge() {
        Presence no = new Presence(false, null);
        return new AnswerAnalysis(Category.ML_FUNDAMENTALS, 30, StoryType.GENERIC,
                new AnswerAnalysis.Star(no, no, no, no), no, no, new AnswerAnalysis.Ownership(false, null),
                List.of(new AnswerAnalysis.RubricItem("definition_first", false, null, "define"),
                        new AnswerAnalysis.RubricItem("concrete_example", false, null, "example")),
                null, null, List.of("Open with a definition."), new AnswerAnalysis.Engine("rules", "test"));
    }
}
