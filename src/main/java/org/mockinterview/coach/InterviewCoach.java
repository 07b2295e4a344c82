package org.mockinterview.coach;

import jakarta.enterprise.context.ApplicationScoped;
import org.mockinterview.ai.AnswerReview;
import org.mockinterview.ai.LlmAdvisor;
import org.mockinterview.ai.LlmMetrics;
import org.mockinterview.ai.LlmPlanner;
import org.mockinterview.ai.LlmConfig;
import org.mockinterview.kernel.PlannedQuestion;
import org.mockinterview.kernel.Source;
import org.mockinterview.kernel.TokenUsage;
import org.mockinterview.question.FollowUp;
import org.mockinterview.question.FollowUpTemplates;
import org.mockinterview.question.PlanRequest;
import org.mockinterview.question.PlanResult;
import org.mockinterview.question.QuestionPlanner;
import org.mockinterview.scoring.AnswerAnalysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * The question API interview sessions call: plans, follow-ups and answer reviews, tailored by the LLM when it is
 * enabled and always backed by the offline engine. Methods block; call them on a virtual thread, outside any
 * database transaction.
 */
@ApplicationScoped
public class InterviewCoach {

    public static final String TEMPLATE_GENERATOR = "follow-up-templates/1.0.0";
    /** Generator of a follow-up the answer analysis aimed at the answer's gap ({@code AnswerAnalysis.followUp}). */
    public static final String ANALYSIS_GENERATOR = "answer-analysis/"
            + org.mockinterview.scoring.AnswerAnalyzer.ENGINE.version();

    private final QuestionPlanner planner;
    private final FollowUpTemplates templates;
    private final LlmConfig llmConfig;
    private final LlmPlanner llmPlanner;
    private final LlmAdvisor advisor;
    private final LlmMetrics metrics;

    InterviewCoach(QuestionPlanner planner, FollowUpTemplates templates, LlmConfig llmConfig, LlmPlanner llmPlanner,
            LlmAdvisor advisor, LlmMetrics metrics) {
        this.planner = planner;
        this.templates = templates;
        this.llmConfig = llmConfig;
        this.llmPlanner = llmPlanner;
        this.advisor = advisor;
        this.metrics = metrics;
    }

    public boolean llmEnabled() {
        return llmConfig.modelConfigured();
    }

    /**
     * The offline planner always fixes the slots (categories, counts, difficulties, deep-dives); the model, when
     * enabled, only writes the bank slots, and the bank is ranked for the slots it leaves.
     *
     * @throws IllegalArgumentException when perCategory is outside 0..5
     */
    public PlanResult plan(PlanRequest request) {
        Objects.requireNonNull(request, "request");
        if (!llmConfig.modelConfigured()) {
            return new PlanResult(offlinePlan(request), TokenUsage.ZERO, List.of("llm disabled; offline engine used"));
        }
        List<PlannedQuestion> slots = planner.slots(request.profile(), request.jobDescription(),
                request.categories(), request.perCategory(), request.difficulty(), request.history());
        RankedPlan offline = new RankedPlan(request);
        try {
            return llmPlanner.tailor(request, slots, offline);
        } catch (RuntimeException e) {
            if (offline.failure != null) {
                throw offline.failure; // the offline engine itself failed: there is nothing to fall back to
            }
            // Last line of defence: a bug in the LLM path must not cost the candidate their interview.
            metrics.fallback("plan", "other");
            return new PlanResult(offline.get(), TokenUsage.ZERO,
                    List.of("llm unavailable: " + e.getClass().getSimpleName() + "; offline engine used"));
        }
    }

    private List<PlannedQuestion> offlinePlan(PlanRequest request) {
        return planner.plan(request.profile(), request.jobDescription(), request.categories(), request.perCategory(),
                request.difficulty(), request.history());
    }

    /** The ranked offline plan of one request, computed at most once and only when asked for. */
    private final class RankedPlan implements Supplier<List<PlannedQuestion>> {
        private final PlanRequest request;
        private List<PlannedQuestion> plan;
        private RuntimeException failure;

        RankedPlan(PlanRequest request) {
            this.request = request;
        }

        @Override
        public List<PlannedQuestion> get() {
            if (failure != null) {
                throw failure;
            }
            if (plan == null) {
                try {
                    plan = offlinePlan(request);
                } catch (RuntimeException e) {
                    failure = e;
                    throw e;
                }
            }
            return plan;
        }
    }

    /** At most one follow-up aimed at the answer's weakest spot; empty when nothing is worth probing. */
    public Optional<FollowUp> followUp(PlannedQuestion question, String answer, AnswerAnalysis analysis) {
        List<String> weaknesses = Weaknesses.of(analysis);
        if (question == null || answer == null || answer.isBlank() || weaknesses.isEmpty()) {
            return Optional.empty();
        }
        if (llmConfig.modelConfigured()) {
            try {
                Optional<FollowUp> llm = advisor.followUp(question, answer, weaknesses);
                if (llm.isPresent()) {
                    return llm;
                }
            } catch (RuntimeException e) {
                metrics.fallback("follow_up", "other");
            }
        }
        // the analysis names the gap itself (the missing key point, confound, result of that story); a question
        // about a named project keeps the template, which names the project
        boolean aboutProject = question.projectRef() != null && !question.projectRef().isBlank();
        if (analysis != null && analysis.followUp() != null && !aboutProject) {
            return Optional.of(new FollowUp(analysis.followUp().question(), Source.TEMPLATE,
                    ANALYSIS_GENERATOR, TokenUsage.ZERO));
        }
        return templates.followUp(question, answer, weaknesses)
                .map(text -> new FollowUp(text, Source.TEMPLATE, TEMPLATE_GENERATOR, TokenUsage.ZERO));
    }

    /** The model's review of an answer, computed asynchronously; empty when the LLM is off or fails. */
    public CompletionStage<Optional<AnswerReview>> review(PlannedQuestion question, String answer,
            AnswerAnalysis analysis) {
        if (!llmConfig.modelConfigured() || question == null || answer == null || answer.isBlank()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return advisor.review(question, answer, analysis);
    }
}
