package org.mockinterview.ai;

import jakarta.enterprise.context.ApplicationScoped;
import dev.langchain4j.service.Result;
import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;
import org.mockinterview.kernel.PlannedQuestion;
import org.mockinterview.kernel.Source;
import org.mockinterview.kernel.TokenUsage;
import org.mockinterview.question.PlanRequest;
import org.mockinterview.question.PlanResult;
import org.mockinterview.question.QuestionPlanner;
import org.mockinterview.question.QuestionTexts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Replaces the bank slots of an offline plan with questions the model tailored to the resume and job description.
 * Slots, categories and counts are fixed by the offline plan; the model only fills them, and every slot it does not
 * fill validly keeps its offline question, so a plan never fails because of the model.
 *
 * <p>The model works from the plan's unranked slots; the bank is ranked against the candidate (an embedding of the
 * resume and job description, most of an offline plan's CPU) only when some slot ends up needing a bank question.
 */
@ApplicationScoped
public class LlmPlanner {

    static final String OP = "plan";

    private final PlanGenerator generator;
    private final RateLimitCooldown cooldown;
    private final LlmConfig config;
    private final LlmMetrics metrics;
    private final PlanCache cache;

    LlmPlanner(PlanGenerator generator, RateLimitCooldown cooldown, LlmConfig config, LlmMetrics metrics,
            PlanCache cache) {
        this.generator = generator;
        this.cooldown = cooldown;
        this.config = config;
        this.metrics = metrics;
        this.cache = cache;
    }

    /**
     * @param slots  the offline plan's slots ({@code QuestionPlanner.slots}): deep-dives, and bank slots whose
     *               questions are placeholders
     * @param ranked the complete offline plan with the same slots, computed only if a bank question is needed
     */
    public PlanResult tailor(PlanRequest request, List<PlannedQuestion> slots, Supplier<List<PlannedQuestion>> ranked) {
        Map<Category, Integer> quotas = new LinkedHashMap<>();
        for (PlannedQuestion q : slots) {
            quotas.merge(q.category(), q.source() == Source.TEMPLATE ? 0 : 1, Integer::sum);
        }
        quotas.values().removeIf(n -> n == 0);
        if (quotas.isEmpty()) {
            return new PlanResult(slots, TokenUsage.ZERO, List.of("no bank slots to tailor; offline engine used"));
        }
        PiiRedactor redactor = PiiRedactor.forProfile(request.profile());
        String resume = Prompts.data(ResumeDigest.of(request.profile(), redactor), config.maxResumeChars());
        String jd = Prompts.data(redactor.redact(request.jobDescription()), config.maxJobDescriptionChars());
        // The file's hash alone would serve a plan made from the old profile once the user corrected it.
        PlanCache.Key key = new PlanCache.Key(
                PlanCache.sha256((request.resumeSha256() == null ? "" : request.resumeSha256()) + "\n" + resume),
                PlanCache.sha256(jd), slots.stream().map(PlannedQuestion::category).distinct().toList(),
                request.perCategory() == 0 ? QuestionPlanner.DEFAULT_PER_CATEGORY : request.perCategory(),
                request.difficulty() == null ? Difficulty.MIXED : request.difficulty(),
                config.modelName(), Prompts.PLAN_VERSION);
        List<String> notes = new ArrayList<>();
        TokenUsage usage = TokenUsage.ZERO;
        Map<Category, List<GeneratedQuestion>> generated;
        Optional<Map<Category, List<GeneratedQuestion>>> hit = cache.get(key);
        if (hit.isPresent()) {
            generated = hit.get();
            notes.add("llm questions from cache");
        } else {
            // Bank questions that stay when a slot is not filled are kept apart from the model's in merge.
            List<String> templates = slots.stream().filter(q -> q.source() == Source.TEMPLATE)
                    .map(PlannedQuestion::text).sorted().toList();
            Set<String> taken = Set.copyOf(templates);
            String quotaText = quotaText(quotas, slots);
            String avoid = templates.isEmpty() ? "(none)" : templates.stream().map(t -> "- " + t)
                    .collect(Collectors.joining("\n"));
            Attempts attempts = ask(quotas, taken, quotaText, avoid, resume, jd);
            generated = attempts.accepted();
            usage = attempts.usage();
            String failure = attempts.failure();
            if (generated.isEmpty()) {
                String reason = failure == null ? "no usable questions" : failure;
                metrics.fallback(OP, failure == null ? LlmException.Reason.INVALID.code() : attempts.reason().code());
                return new PlanResult(ranked.get(), usage,
                        List.of("llm unavailable: " + reason + "; offline engine used"));
            }
            if (failure == null) {
                cache.put(key, generated);
            }
        }
        return merge(slots, ranked, generated, quotas, request, usage, notes);
    }

    /** What the model's attempts left: accepted questions, tokens, and the last problem (null when complete). */
    private record Attempts(Map<Category, List<GeneratedQuestion>> accepted, TokenUsage usage, String failure,
            LlmException.Reason reason) {
    }

    /** One reply judged: the questions accepted so far and its problem (null when the plan is complete). */
    private record Reply(Map<Category, List<GeneratedQuestion>> accepted, String failure, LlmException.Reason reason) {
    }

    /**
     * The first call, then one re-ask that lists what was wrong; never more. Both share the plan's budget: the
     * re-ask has half of it ({@link LlmTimeouts}) and is started only while half is left, so a model that is slow
     * and unusable costs one wait, not two. A re-ask shed by the bulkhead ends the plan with the first reply's problem.
     */
    private Attempts ask(Map<Category, Integer> quotas, Set<String> taken, String quotaText, String avoid,
            String resume, String jd) {
        if (cooldown.coolingDown()) {
            LlmException.Reason limited = LlmException.Reason.RATE_LIMITED;
            return new Attempts(Map.of(), TokenUsage.ZERO, limited.code(), limited);
        }
        long deadline = System.nanoTime() + config.planTimeout().toNanos();
        Result<GeneratedPlan> first = metrics.timed(OP, () -> generator.generate(quotaText, avoid, "", resume, jd));
        TokenUsage usage = LlmMetrics.usage(first);
        Reply reply = judge(first, quotas, taken, new LinkedHashMap<>());
        // transport failures were retried already; only a reply that was not usable is worth asking again
        boolean reask = reply.failure() != null
                && (reply.reason() == LlmException.Reason.MALFORMED || reply.reason() == LlmException.Reason.INVALID)
                && deadline - System.nanoTime() >= LlmTimeouts.reaskBudget(config.planTimeout()).toNanos()
                && !cooldown.coolingDown();
        if (!reask) {
            return new Attempts(reply.accepted(), usage, reply.failure(), reply.reason());
        }
        String feedback = "\nYour previous reply had these problems; fix them: " + reply.failure()
                + ". Reply with the complete JSON again.\n";
        Result<GeneratedPlan> second = metrics.timed(OP, () -> generator.regenerate(quotaText, avoid, feedback, resume, jd));
        LlmException shed = ModelFallback.failureOf(second);
        if (shed != null && shed.reason() == LlmException.Reason.BUSY) {
            // shed by PlanGenerator's bulkhead (counted in ft.bulkhead.calls.total): the first reply's problem stays
            return new Attempts(reply.accepted(), usage, reply.failure(), reply.reason());
        }
        Reply again = judge(second, quotas, taken, reply.accepted());
        return new Attempts(again.accepted(), usage.plus(LlmMetrics.usage(second)), again.failure(), again.reason());
    }

    private static Reply judge(Result<GeneratedPlan> result, Map<Category, Integer> quotas, Set<String> taken,
            Map<Category, List<GeneratedQuestion>> accepted) {
        LlmException failed = ModelFallback.failureOf(result);
        if (failed != null) {
            return new Reply(accepted, failed.reason().code(), failed.reason());
        }
        PlanValidator.Outcome outcome = PlanValidator.validate(result.content(), quotas, taken, accepted);
        return new Reply(outcome.accepted(), outcome.missing(quotas) == 0 ? null
                : String.join("; ", outcome.problems()), LlmException.Reason.INVALID);
    }

    private PlanResult merge(List<PlannedQuestion> slots, Supplier<List<PlannedQuestion>> ranked,
            Map<Category, List<GeneratedQuestion>> generated, Map<Category, Integer> quotas, PlanRequest request,
            TokenUsage usage, List<String> notes) {
        // The history filter runs after the cache, so a cached question the user has since been asked is skipped.
        Set<String> asked = new HashSet<>();
        if (request.history() != null) {
            request.history().askedTexts().forEach(t -> asked.add(QuestionTexts.normalize(t)));
        }
        slots.stream().filter(q -> q.source() == Source.TEMPLATE)
                .forEach(q -> asked.add(QuestionTexts.normalize(q.text())));
        Map<Category, List<GeneratedQuestion>> queues = queues(generated, asked);
        List<PlannedQuestion> offline = slots;
        if (anyUnfilled(quotas, queues)) {
            // Some slot keeps a bank question: rank the bank now, and keep the model from repeating what stays.
            offline = ranked.get();
            offline.forEach(q -> asked.add(QuestionTexts.normalize(q.text())));
            queues = queues(generated, asked);
        }
        // Each of the model's questions keeps the difficulty the prompt asked for (the slots', in order): a ranked
        // bank question may sit at a neighbouring difficulty under MIXED.
        Map<Category, Deque<Difficulty>> askedFor = new EnumMap<>(Category.class);
        slots.stream().filter(q -> q.source() != Source.TEMPLATE)
                .forEach(q -> askedFor.computeIfAbsent(q.category(), c -> new ArrayDeque<>()).add(q.difficulty()));
        String generator = config.generator(Prompts.PLAN_VERSION);
        List<PlannedQuestion> out = new ArrayList<>();
        int filled = 0;
        for (PlannedQuestion q : offline) {
            List<GeneratedQuestion> queue = queues.getOrDefault(q.category(), List.of());
            if (q.source() == Source.TEMPLATE || queue.isEmpty()) {
                out.add(q);
                continue;
            }
            GeneratedQuestion g = queue.remove(0);
            filled++;
            String rationale = g.rationale() != null ? g.rationale()
                    : "Tailored by the language model to your resume and the job description.";
            Deque<Difficulty> difficulty = askedFor.get(q.category());
            out.add(new PlannedQuestion(q.category(), g.text(), Source.LLM, g.projectRef(), null, generator,
                    rationale, List.of(), difficulty == null || difficulty.isEmpty() ? q.difficulty()
                            : difficulty.poll()));
        }
        int bankSlots = quotas.values().stream().mapToInt(Integer::intValue).sum();
        if (filled < bankSlots) {
            List<String> shortOf = quotas.keySet().stream()
                    .filter(c -> out.stream().filter(q -> q.category() == c && q.source() == Source.LLM).count()
                            < quotas.get(c))
                    .map(Category::wire).toList();
            metrics.fallback(OP, "incomplete");
            notes.add("llm filled " + filled + " of " + bankSlots + " slots; offline engine filled the rest ("
                    + String.join(", ", shortOf) + ")");
        }
        return new PlanResult(List.copyOf(out), usage, List.copyOf(notes));
    }

    private static boolean anyUnfilled(Map<Category, Integer> quotas,
            Map<Category, List<GeneratedQuestion>> queues) {
        return quotas.entrySet().stream()
                .anyMatch(e -> queues.getOrDefault(e.getKey(), List.of()).size() < e.getValue());
    }

    private static Map<Category, List<GeneratedQuestion>> queues(Map<Category, List<GeneratedQuestion>> generated,
            Set<String> asked) {
        Map<Category, List<GeneratedQuestion>> queues = new LinkedHashMap<>();
        generated.forEach((c, qs) -> queues.put(c, new ArrayList<>(qs.stream()
                .filter(q -> !asked.contains(QuestionTexts.normalize(q.text()))).toList())));
        return queues;
    }

    /** One line per category: the exact count and the difficulty of each slot, in order. */
    private static String quotaText(Map<Category, Integer> quotas, List<PlannedQuestion> offline) {
        StringBuilder sb = new StringBuilder();
        quotas.forEach((c, n) -> sb.append("- ").append(c.wire()).append(": exactly ").append(n)
                .append(n == 1 ? " question" : " questions").append(" (difficulty: ")
                .append(offline.stream().filter(q -> q.category() == c && q.source() != Source.TEMPLATE)
                        .map(q -> q.difficulty().wire()).collect(Collectors.joining(", ")))
                .append(")\n"));
        return sb.toString().strip();
    }
}
