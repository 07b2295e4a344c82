package org.mockinterview.ai;

import dev.langchain4j.service.Result;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.mockinterview.kernel.PlannedQuestion;
import org.mockinterview.kernel.Source;
import org.mockinterview.kernel.TokenUsage;
import org.mockinterview.question.FollowUp;
import org.mockinterview.question.QuestionTexts;
import org.mockinterview.scoring.AnswerAnalysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Follow-ups and answer reviews by the model. Budgets, retries and the circuit breaker sit on the AI services;
 * here a fallback or an unusable reply becomes an empty result (and a fallback metric), and the caller uses its
 * offline alternative.
 */
@ApplicationScoped
public class LlmAdvisor {

    static final String FOLLOW_UP = "follow_up";
    static final String REVIEW = "review";
    private static final Set<String> VERDICTS = Set.of("correct", "partially_correct", "incorrect");
    private static final int MAX_ITEMS = 8;

    private final FollowUpGenerator followUps;
    private final AnswerReviewer reviewer;
    private final RateLimitCooldown cooldown;
    private final LlmConfig config;
    private final LlmMetrics metrics;

    LlmAdvisor(FollowUpGenerator followUps, AnswerReviewer reviewer, RateLimitCooldown cooldown, LlmConfig config,
            LlmMetrics metrics) {
        this.followUps = followUps;
        this.reviewer = reviewer;
        this.cooldown = cooldown;
        this.config = config;
        this.metrics = metrics;
    }

    /** A follow-up from the model, or empty (budget exceeded, model down, reply unusable). */
    public Optional<FollowUp> followUp(PlannedQuestion question, String answer, List<String> weaknesses) {
        if (refusedByCooldown(FOLLOW_UP)) {
            return Optional.empty();
        }
        PiiRedactor redactor = PiiRedactor.generic();
        Result<GeneratedFollowUp> result = metrics.timed(FOLLOW_UP, () -> followUps.generate(
                question.category().wire(), redactor.redact(question.text()), String.join(", ", weaknesses),
                Prompts.data(redactor.redact(answer), config.maxAnswerChars())));
        if (fellBack(FOLLOW_UP, result)) {
            return Optional.empty();
        }
        String text = PlanValidator.text(result.content() == null ? null : result.content().text());
        if (text == null || text.length() < 10 || text.length() > 400
                || QuestionTexts.normalize(text).equals(QuestionTexts.normalize(question.text()))
                || text.contains(PiiRedactor.NAME)) {
            metrics.fallback(FOLLOW_UP, LlmException.Reason.INVALID.code());
            return Optional.empty();
        }
        return Optional.of(new FollowUp(text, Source.LLM, config.generator(Prompts.FOLLOW_UP_VERSION),
                LlmMetrics.usage(result)));
    }

    /**
     * A review from the model, computed on the fault-tolerance thread pool (it is not awaited by the answer);
     * empty on any failure or after the review budget.
     */
    @Asynchronous
    public CompletionStage<Optional<AnswerReview>> review(PlannedQuestion question, String answer,
            AnswerAnalysis analysis) {
        if (refusedByCooldown(REVIEW)) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        PiiRedactor redactor = PiiRedactor.generic();
        String findings = analysis == null || analysis.feedback() == null ? "(none)"
                : String.join(" ", analysis.feedback());
        Result<GeneratedReview> result = metrics.timed(REVIEW, () -> reviewer.review(question.category().wire(),
                redactor.redact(question.text()), String.join("; ", question.keyPoints()),
                redactor.redact(findings), Prompts.data(redactor.redact(answer), config.maxAnswerChars())));
        return CompletableFuture.completedFuture(fellBack(REVIEW, result) ? Optional.empty() : toReview(result));
    }

    private Optional<AnswerReview> toReview(Result<GeneratedReview> result) {
        GeneratedReview reply = result.content() == null ? GeneratedReview.NONE : result.content();
        String verdict = PlanValidator.text(reply.verdict());
        verdict = verdict == null ? null : verdict.toLowerCase(Locale.ROOT).replace(' ', '_');
        if (verdict == null || !VERDICTS.contains(verdict)) {
            metrics.fallback(REVIEW, LlmException.Reason.INVALID.code());
            return Optional.empty();
        }
        return Optional.of(new AnswerReview(verdict, items(reply.corrections()), items(reply.modelAnswerOutline()),
                config.generator(Prompts.REVIEW_VERSION), LlmMetrics.usage(result)));
    }

    private boolean refusedByCooldown(String operation) {
        boolean refused = cooldown.coolingDown();
        if (refused) {
            metrics.fallback(operation, LlmException.Reason.RATE_LIMITED.code());
        }
        return refused;
    }

    private boolean fellBack(String operation, Result<?> result) {
        LlmException failure = ModelFallback.failureOf(result);
        if (failure != null) {
            metrics.fallback(operation, failure.reason().code());
        }
        return failure != null;
    }

    private static List<String> items(List<String> raw) {
        return raw.stream().map(PlanValidator::text).filter(s -> s != null).limit(MAX_ITEMS).toList();
    }
}
