package org.mockinterview.interview;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mockinterview.question.Category;
import org.mockinterview.question.Difficulty;
import org.mockinterview.question.FollowUpTemplates;
import org.mockinterview.question.PlannedQuestion;
import org.mockinterview.question.ProjectTemplates;
import org.mockinterview.question.QuestionBank;
import org.mockinterview.question.QuestionPlanner;
import org.mockinterview.question.Source;
import org.mockinterview.question.UserHistory;
import org.mockinterview.resume.ResumeProfile;
import org.mockinterview.scoring.AnswerAnalysis;
import org.mockinterview.scoring.StoryType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where interview sessions get their questions and follow-ups: the offline engine.
 */
@ApplicationScoped
public class QuestionSupply {

    private final QuestionPlanner planner = new QuestionPlanner(new QuestionBank(), new ProjectTemplates(),
            new AllMiniLmL6V2EmbeddingModel());
    private final FollowUpTemplates followUps = new FollowUpTemplates();

    void warm(@Observes StartupEvent event) {
        planner.warmUp();
    }

    /** A planned interview and what it cost. */
    public record Plan(List<PlannedQuestion> questions, TokenCount usage) {
    }

    /** A follow-up question and what it cost. */
    public record FollowUp(PlannedQuestion question, TokenCount usage) {
    }

    public Plan plan(ResumeProfile profile, String resumeSha, String jobDescription, List<Category> categories,
            int perCategory, Difficulty difficulty, UserHistory history) {
        return new Plan(planner.plan(profile, jobDescription, categories, perCategory, difficulty, history),
                TokenCount.ZERO);
    }

    public Optional<FollowUp> followUp(PlannedQuestion question, String answer, AnswerAnalysis analysis) {
        return followUps.followUp(question, answer, weaknesses(analysis))
                .map(text -> new FollowUp(new PlannedQuestion(question.category(), text, Source.TEMPLATE,
                        question.projectRef(), null, "follow-up-templates/1.0.0", "probes the weakest spot",
                        question.keyPoints(), question.difficulty()), TokenCount.ZERO));
    }

    static List<String> weaknesses(AnswerAnalysis a) {
        List<String> out = new ArrayList<>();
        if (a.story() == StoryType.NON_ANSWER) {
            return out;
        }
        if (a.category() == Category.BEHAVIORAL) {
            if (a.story() != StoryType.SPECIFIC) {
                out.add("specific_example");
                return out;
            }
            if (!a.star().result().present()) {
                out.add("result");
            }
            if (!a.measurableResult().present()) {
                out.add("measurable_result");
            }
            if (!a.businessImpact().present()) {
                out.add("business_impact");
            }
            if (!a.ownership().firstPerson()) {
                out.add("ownership");
            }
        }
        a.rubric().stream().filter(r -> Boolean.FALSE.equals(r.met())).forEach(r -> out.add(r.criterion()));
        return out;
    }
}
