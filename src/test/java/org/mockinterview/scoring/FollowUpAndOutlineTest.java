package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.OutlineItem;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Follow-ups name the gap; the stronger-answer outline reuses the candidate's sentences and flags what is missing. */
class FollowUpAndOutlineTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private AnswerAnalysis story(String answer) {
        return analyzer.analyze(AnalysisRequest.of(answer, "Tell me about a time you improved a process.",
                Category.BEHAVIORAL));
    }

    @Test
    void aStoryWithoutANumberIsAskedForTheNumberQuotingItsResult() {
        AnswerAnalysis a = story("At a logistics startup, our weekly report took two days to build by hand. My task"
                + " was to automate it. I wrote a dbt pipeline and I scheduled it in Airflow. After the launch the"
                + " analysts stopped building it by hand and the report was ready on Monday mornings.");
        assertThat(a.followUp().target()).isEqualTo("measurable_result");
        assertThat(a.followUp().question()).contains("By how much");
        List<OutlineItem> outline = a.strongerAnswer().outline();
        assertThat(a.strongerAnswer().source()).isEqualTo("rules");
        assertThat(outline).extracting(OutlineItem::part).startsWith("situation", "task", "action", "result");
        assertThat(outline.subList(0, 4)).allMatch(OutlineItem::fromAnswer);
        assertThat(outline).anyMatch(o -> !o.fromAnswer() && o.text().contains("measurable"));
    }

    @Test
    void aStoryThatStopsAtTheActionIsAskedWhatHappened() {
        AnswerAnalysis a = story("Our churn model was ignored by the sales team. I was asked to make it useful. I"
                + " interviewed four account managers and I rebuilt the scores as three plain labels.");
        assertThat(a.followUp().target()).isEqualTo("result");
        assertThat(a.followUp().question()).contains("interviewed four account managers");
        assertThat(a.strongerAnswer().outline()).anyMatch(o -> o.part().equals("result") && !o.fromAnswer());
    }

    @Test
    void aHypotheticalAnswerIsAskedForOneRealTime() {
        AnswerAnalysis a = story("I would first talk to the people involved and then I would measure the process"
                + " before changing anything.");
        assertThat(a.followUp().target()).isEqualTo("specific_example");
        assertThat(a.strongerAnswer().outline()).noneMatch(OutlineItem::fromAnswer);
    }

    @Test
    void aCorrelationAnswerWithoutAConfoundIsAskedForTheThirdVariable() {
        AnswerAnalysis a = analyzer.analyze(AnalysisRequest.of("Correlation means two things move together, for"
                + " example ice cream sales and sunburns. Causation means one actually makes the other happen, which"
                + " you can only show with an experiment.", "Why does correlation not imply causation?",
                Category.STATISTICS_PROBABILITY));
        assertThat(a.followUp().target()).isEqualTo("confound_mentioned");
        assertThat(a.followUp().question()).contains("third variable");
        assertThat(a.strongerAnswer().outline()).anyMatch(o -> o.fromAnswer() && o.part().equals("example"));
    }

    @Test
    void aConceptAnswerMissingAKeyPointIsAskedAboutThatPoint() {
        AnswerAnalysis a = analyzer.analyze(new AnalysisRequest("Regularization is a penalty on large weights added"
                + " to the loss, so the model prefers simpler fits. For example, ridge regression on house prices"
                + " shrinks the weight of noisy features like the door colour.", "What is regularization?",
                Category.ML_FUNDAMENTALS, null, List.of("L1 drives some weights exactly to zero")));
        assertThat(a.followUp().target()).isEqualTo("key_point");
        assertThat(a.followUp().question()).contains("L1 drives some weights exactly to zero");
        assertThat(a.strongerAnswer().outline()).extracting(OutlineItem::part)
                .containsExactly("definition", "example", "key_point");
    }

    @Test
    void aCaseStudyOpeningWithAModelIsAskedForTheObjective() {
        AnswerAnalysis a = analyzer.analyze(AnalysisRequest.of("I'd train XGBoost on the click logs, then tune it,"
                + " then deploy it behind an API.", "Design a recommender for a news site.",
                Category.APPLIED_CASE_STUDY));
        assertThat(a.followUp().target()).isEqualTo("clarifies_objective_first");
        assertThat(a.strongerAnswer().outline()).extracting(OutlineItem::part)
                .containsExactly("objective", "constraints", "steps");
    }

    @Test
    void aStrongAnswerGetsNoGenericFollowUp() {
        AnswerAnalysis a = analyzer.analyze(AnalysisRequest.of("Overfitting is when a model learns the noise in its"
                + " training data, so it does well on that data and badly on new data. For example, a decision tree"
                + " grown to full depth on 200 loan applications can score 100% on them and 60% on next month's.",
                "What is overfitting?", Category.ML_FUNDAMENTALS));
        assertThat(a.rubric()).allMatch(r -> Boolean.TRUE.equals(r.met()));
        assertThat(a.followUp()).isNull();
    }
}
