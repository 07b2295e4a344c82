package org.mockinterview.ai;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.mockinterview.kernel.PlannedQuestion;
import org.mockinterview.kernel.Source;
import org.mockinterview.kernel.TokenUsage;
import org.mockinterview.question.FollowUp;
import org.mockinterview.question.QuestionTexts;
import org.mockinterview.scoring.AnswerAnalysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Follow-ups and answer reviews by the model, each within its own time budget. Failures never propagate: the
 * caller gets an empty result (and a fallback metric) and uses its offline alternative.
 */
@ApplicationScoped
public class LlmAdvisor {

    private static final Set<String> VERDICTS = Set.of("correct", "partially_correct", "incorrect");
    private static final int MAX_ITEMS = 8;

    private final LlmGateway gateway;
    private final LlmSettings settings;
    private final LlmConfig config;
    private final LlmMetrics metrics;
    // Model calls block on I/O; virtual threads keep the budget enforceable without tying up worker threads.
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    LlmAdvisor(LlmGateway gateway, LlmSettings settings, LlmConfig config, LlmMetrics metrics) {
        this.gateway = gateway;
        this.settings = settings;
        this.config = config;
        this.metrics = metrics;
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }

    /** A follow-up from the model, or empty (budget exceeded, model down, reply unusable). */
    public Optional<FollowUp> followUp(PlannedQuestion question, String answer, List<String> weaknesses) {
        PiiRedactor redactor = PiiRedactor.generic();
        try {
            gateway.ensureNotRateLimited();
        } catch (LlmException e) {
            metrics.fallback("follow_up", e.reason().code());
            return Optional.empty();
        }
        Future<LlmGateway.Reply> call = executor.submit(() -> gateway.followUp(question.category().wire(),
                redactor.redact(question.text()), String.join(", ", weaknesses),
                Prompts.data(redactor.redact(answer), config.maxAnswerChars())));
        try {
            LlmGateway.Reply reply = call.get(config.followUpTimeout().toMillis(), TimeUnit.MILLISECONDS);
            TokenUsage usage = new TokenUsage(1, reply.inputTokens(), reply.outputTokens());
            String text = LlmJson.text(LlmJson.object(reply.text()), "text");
            if (text == null || text.length() < 10 || text.length() > 400
                    || QuestionTexts.normalize(text).equals(QuestionTexts.normalize(question.text()))
                    || text.contains("[NAME]")) {
                metrics.fallback("follow_up", LlmException.Reason.INVALID.code());
                return Optional.empty();
            }
            return Optional.of(new FollowUp(text, Source.LLM, settings.generator(Prompts.FOLLOW_UP_VERSION), usage));
        } catch (java.util.concurrent.TimeoutException e) {
            call.cancel(true);
            metrics.fallback("follow_up", LlmException.Reason.TIMEOUT.code());
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            metrics.fallback("follow_up", reason(e.getCause()));
        } catch (LlmException e) {
            metrics.fallback("follow_up", e.reason().code());
        }
        return Optional.empty();
    }

    /** A review from the model, completing empty on any failure or after the review budget. */
    public CompletionStage<Optional<AnswerReview>> review(PlannedQuestion question, String answer,
            AnswerAnalysis analysis) {
        PiiRedactor redactor = PiiRedactor.generic();
        String findings = analysis == null || analysis.feedback() == null ? "(none)"
                : String.join(" ", analysis.feedback());
        try {
            gateway.ensureNotRateLimited();
        } catch (LlmException e) {
            metrics.fallback("review", e.reason().code());
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return CompletableFuture.supplyAsync(() -> gateway.review(question.category().wire(),
                        redactor.redact(question.text()), String.join("; ", question.keyPoints()),
                        redactor.redact(findings), Prompts.data(redactor.redact(answer), config.maxAnswerChars())),
                        executor)
                .orTimeout(config.reviewTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(this::toReview)
                .exceptionally(e -> {
                    metrics.fallback("review", reason(e instanceof java.util.concurrent.CompletionException
                            && e.getCause() != null ? e.getCause() : e));
                    return Optional.empty();
                });
    }

    private Optional<AnswerReview> toReview(LlmGateway.Reply reply) {
        JsonNode node = LlmJson.object(reply.text());
        String verdict = LlmJson.text(node, "verdict");
        verdict = verdict == null ? null : verdict.toLowerCase(java.util.Locale.ROOT).replace(' ', '_');
        if (verdict == null || !VERDICTS.contains(verdict)) {
            throw new LlmException(LlmException.Reason.INVALID, "verdict missing or not allowed", null);
        }
        return Optional.of(new AnswerReview(verdict, strings(node.get("corrections")),
                strings(node.get("modelAnswerOutline")), settings.generator(Prompts.REVIEW_VERSION),
                new TokenUsage(1, reply.inputTokens(), reply.outputTokens())));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode item : array) {
                String s = item.isValueNode() ? item.asText().strip() : "";
                if (!s.isEmpty() && out.size() < MAX_ITEMS) {
                    out.add(s);
                }
            }
        }
        return List.copyOf(out);
    }

    private static String reason(Throwable e) {
        return LlmException.classify(e).reason().code();
    }
}
