package org.mockinterview.ai;

import org.mockinterview.kernel.Category;
import org.mockinterview.question.QuestionTexts;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The output guardrail of plan generation. Categories and quotas come from code, never from the model: items in a
 * category that was not requested, beyond a quota, empty, too long or repeating another question are dropped, and
 * every shortfall is listed so the caller can re-ask once and then fill the rest from the offline plan.
 */
public final class PlanValidator {

    static final int MIN_CHARS = 15;
    static final int MAX_CHARS = 600;
    private static final List<String> PLACEHOLDERS = List.of(PiiRedactor.NAME, PiiRedactor.EMAIL, PiiRedactor.PHONE,
            PiiRedactor.ADDRESS, PiiRedactor.LINK);

    /** Accepted questions per category (never more than the quota) and the problems to report back. */
    public record Outcome(Map<Category, List<GeneratedQuestion>> accepted, List<String> problems) {

        public int missing(Map<Category, Integer> quotas) {
            int n = 0;
            for (var q : quotas.entrySet()) {
                n += Math.max(0, q.getValue() - accepted.getOrDefault(q.getKey(), List.of()).size());
            }
            return n;
        }
    }

    private PlanValidator() {
    }

    /**
     * @param reply    the model's reply, as parsed by quarkus-langchain4j
     * @param quotas   how many questions each requested category needs
     * @param taken    texts already in the plan or asked before (any rendering); duplicates of them are dropped
     * @param previous questions accepted from an earlier attempt, kept first
     */
    public static Outcome validate(GeneratedPlan reply, Map<Category, Integer> quotas, Set<String> taken,
            Map<Category, List<GeneratedQuestion>> previous) {
        Map<Category, List<GeneratedQuestion>> accepted = new EnumMap<>(Category.class);
        Set<String> seen = new HashSet<>();
        taken.forEach(t -> seen.add(QuestionTexts.normalize(t)));
        previous.forEach((c, qs) -> qs.forEach(q -> {
            accepted.computeIfAbsent(c, k -> new ArrayList<>()).add(q);
            seen.add(QuestionTexts.normalize(q.text()));
        }));
        Map<String, Integer> problems = new LinkedHashMap<>();
        if (reply.questions().isEmpty()) {
            count(problems, "the reply had no questions");
        }
        for (GeneratedPlan.Item item : reply.questions()) {
            String code = text(item.category());
            Category category = Category.parse(code).orElse(null);
            if (category == null || !quotas.containsKey(category)) {
                // The model's own text goes back into the re-ask, so only a short, tame rendering of it.
                String shown = code == null ? "null" : code.replaceAll("[^\\w -]", "");
                count(problems, "category \"" + shown.substring(0, Math.min(30, shown.length())) + "\" was not requested");
                continue;
            }
            String text = text(item.text());
            if (text == null || text.length() < MIN_CHARS || text.length() > MAX_CHARS) {
                count(problems, "a " + category.wire() + " question was empty or not " + MIN_CHARS + "-" + MAX_CHARS
                        + " characters long");
                continue;
            }
            if (PLACEHOLDERS.stream().anyMatch(text::contains)) {
                count(problems, "a question contained a redaction placeholder such as [NAME]");
                continue;
            }
            List<GeneratedQuestion> bucket = accepted.computeIfAbsent(category, k -> new ArrayList<>());
            if (bucket.size() >= quotas.get(category)) {
                count(problems, "more " + category.wire() + " questions than requested");
                continue;
            }
            if (!seen.add(QuestionTexts.normalize(text))) {
                count(problems, "a " + category.wire() + " question repeated another question");
                continue;
            }
            bucket.add(new GeneratedQuestion(category, text, text(item.projectRef()), text(item.rationale())));
        }
        List<String> out = new ArrayList<>();
        problems.forEach((p, n) -> out.add(n == 1 ? p : p + " (" + n + " times)"));
        quotas.forEach((c, n) -> {
            int have = accepted.getOrDefault(c, List.of()).size();
            if (have < n) {
                out.add(c.wire() + " needs " + (n - have) + " more question(s)");
            }
        });
        accepted.values().removeIf(List::isEmpty);
        return new Outcome(accepted, List.copyOf(out));
    }

    /** Trimmed; null when missing, blank or the string "null" (models write it for "none"). */
    static String text(String value) {
        String s = value == null ? "" : value.strip();
        return s.isEmpty() || s.equalsIgnoreCase("null") ? null : s;
    }

    private static void count(Map<String, Integer> problems, String problem) {
        problems.merge(problem, 1, Integer::sum);
    }
}
