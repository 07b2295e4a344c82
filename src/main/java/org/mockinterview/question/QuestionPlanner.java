package org.mockinterview.question;

import org.mockinterview.embedding.EmbeddingWarmUp;
import org.mockinterview.embedding.QueryVectorCache;
import org.mockinterview.embedding.UnitVectors;
import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;
import org.mockinterview.kernel.PlannedQuestion;
import org.mockinterview.kernel.Source;
import org.mockinterview.resume.profile.ResumeProfile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Plans an interview offline: per category, deep-dives on the candidate's own projects plus bank questions
 * ranked by embedding similarity to the resume and job description, without repeats within or across sessions.
 */
public final class QuestionPlanner implements EmbeddingWarmUp {

    public static final String PLANNER_VERSION = "1.0.0";
    public static final int DEFAULT_PER_CATEGORY = 2;
    public static final int MAX_PER_CATEGORY = 5;

    // Small enough that a clearly more relevant question can take a neighbouring difficulty under MIXED.
    private static final double MIXED_DIFFICULTY_PENALTY = 0.15;
    // Keeps two near-identical questions (say, two precision/recall ones) from filling one category.
    private static final double REDUNDANCY_PENALTY = 0.25;
    private static final CandidateQuery.Match UNRANKED = new CandidateQuery.Match(0, null);

    private final QuestionBank bank;
    private final DeepDivePicker deepDives;
    private final QueryVectorCache queryVectors;
    private final BankVectors vectors;
    private final Map<String, String> normalizedBankTexts;
    private final String generator;

    /** {@code queryVectors} embeds the candidate's query segments; the bank is embedded with its model too. */
    public QuestionPlanner(QuestionBank bank, ProjectTemplates templates, QueryVectorCache queryVectors) {
        this.bank = Objects.requireNonNull(bank, "bank");
        this.queryVectors = Objects.requireNonNull(queryVectors, "queryVectors");
        this.vectors = new BankVectors(bank, queryVectors.model());
        // every plan compares every bank question's text against what was asked: normalise the bank once
        this.normalizedBankTexts = bank.all().stream()
                .collect(java.util.stream.Collectors.toUnmodifiableMap(BankQuestion::id,
                        q -> QuestionTexts.normalize(q.text())));
        this.generator = "offline-planner/" + PLANNER_VERSION + "+bank/" + bank.version();
        this.deepDives = new DeepDivePicker(Objects.requireNonNull(templates, "templates"), generator);
    }

    /** Embeds the bank now, so the first plan is not the one that pays for it. */
    public void warmUp() {
        vectors.all();
    }

    /** True once the bank's vectors are in memory. */
    @Override
    public boolean isWarm() {
        return vectors.isLoaded();
    }

    /** The generator string recorded on every planned question. */
    public String generator() {
        return generator;
    }

    /**
     * @param profile        the parsed resume, or null
     * @param jobDescription free text, or null
     * @param categories     categories in the order to ask them; null or empty means all five
     * @param perCategory    1..5 questions per category; 0 means the default of 2
     * @param difficulty     null means MIXED
     * @param history        what the user was asked before, or null
     */
    public List<PlannedQuestion> plan(ResumeProfile profile, String jobDescription, List<Category> categories,
            int perCategory, Difficulty difficulty, UserHistory history) {
        return plan(profile, jobDescription, categories, perCategory, difficulty, history, true);
    }

    /**
     * The same slots as {@link #plan} (categories, deep-dives, how many bank questions at which difficulty) without
     * ranking the bank against the candidate: each bank slot holds the first unasked question of its difficulty.
     * For a model that will write the bank slots anyway; it skips the query embedding unless deep-dive subjects
     * must be ordered by a job description.
     */
    public List<PlannedQuestion> slots(ResumeProfile profile, String jobDescription, List<Category> categories,
            int perCategory, Difficulty difficulty, UserHistory history) {
        return plan(profile, jobDescription, categories, perCategory, difficulty, history, false);
    }

    private List<PlannedQuestion> plan(ResumeProfile profile, String jobDescription, List<Category> categories,
            int perCategory, Difficulty difficulty, UserHistory history, boolean rankBank) {
        int n = perCategory == 0 ? DEFAULT_PER_CATEGORY : perCategory;
        if (n < 1 || n > MAX_PER_CATEGORY) {
            throw new IllegalArgumentException("perCategory must be between 1 and " + MAX_PER_CATEGORY + ": " + perCategory);
        }
        Difficulty level = difficulty == null ? Difficulty.MIXED : difficulty;
        List<Category> order = categoryOrder(categories);
        CandidateQuery query = new CandidateQuery(profile, jobDescription, queryVectors);
        HistoryIndex past = new HistoryIndex(history);
        Set<String> usedIds = new HashSet<>();
        Set<String> usedTexts = new HashSet<>();
        Set<String> quoted = new HashSet<>();
        List<PlannedQuestion> plan = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            List<Difficulty> targets = DifficultyTargets.of(level, n, k);
            List<PlannedQuestion> picked = new ArrayList<>(
                    deepDives.pick(order.get(k), k, n, level, targets, query, past, usedTexts, quoted));
            picked.addAll(pickBank(order.get(k), level, targets, rankBank ? query : null, past, usedIds, usedTexts));
            // Easy to hard within a category reads like a real interviewer warming up; the sort is stable.
            picked.sort(Comparator.comparingInt(q -> q.difficulty().ordinal()));
            plan.addAll(picked);
        }
        return List.copyOf(plan);
    }

    /** @param query null for unranked slots: every question scores the same, so difficulty and bank order decide */
    private List<PlannedQuestion> pickBank(Category category, Difficulty level, List<Difficulty> targets,
            CandidateQuery query, HistoryIndex past, Set<String> usedIds, Set<String> usedTexts) {
        Map<String, float[]> vecs = vectors.all();
        List<BankQuestion> fresh = new ArrayList<>();
        List<BankQuestion> stale = new ArrayList<>();
        Map<String, CandidateQuery.Match> matches = new HashMap<>();
        Map<String, Double> recency = new HashMap<>();
        for (BankQuestion q : bank.byCategory(category)) {
            String norm = normalizedBankTexts.get(q.id());
            if (usedIds.contains(q.id()) || usedTexts.contains(norm)) {
                continue;
            }
            double r = past.recency(q.id(), norm);
            recency.put(q.id(), r);
            (r < 0 ? fresh : stale).add(q);
            matches.put(q.id(), query == null ? UNRANKED : query.match(vecs.get(q.id())));
        }
        List<BankQuestion> chosen = new ArrayList<>();
        List<PlannedQuestion> out = new ArrayList<>();
        for (Difficulty target : targets) {
            BankQuestion best = null;
            String rationale;
            if (!fresh.isEmpty()) {
                int minDistance = fresh.stream().mapToInt(q -> DifficultyTargets.distance(q.difficulty(), target))
                        .min().orElse(0);
                double bestScore = Double.NEGATIVE_INFINITY;
                for (BankQuestion q : fresh) {
                    int d = DifficultyTargets.distance(q.difficulty(), target);
                    if (level != Difficulty.MIXED && d != minDistance) {
                        continue;
                    }
                    double score = matches.get(q.id()).score()
                            - (level == Difficulty.MIXED ? MIXED_DIFFICULTY_PENALTY * d : 0)
                            - REDUNDANCY_PENALTY * maxSimilarity(vecs.get(q.id()), chosen, vecs);
                    // Ids are unique, so ties on score fall back to the smaller id deterministically.
                    if (score > bestScore || (score == bestScore && q.id().compareTo(best.id()) < 0)) {
                        bestScore = score;
                        best = q;
                    }
                }
                fresh.remove(best);
                rationale = bankRationale(best, category, matches.get(best.id()), query);
            } else if (!stale.isEmpty()) {
                best = stale.stream().min(Comparator.comparingDouble((BankQuestion q) -> recency.get(q.id()))
                        .thenComparingInt(q -> DifficultyTargets.distance(q.difficulty(), target))
                        .thenComparing(BankQuestion::id)).orElseThrow();
                stale.remove(best);
                rationale = "Asked in an earlier session; every " + category.wire()
                        + " question had been used, so the least recent one returns.";
            } else {
                break;
            }
            chosen.add(best);
            usedIds.add(best.id());
            usedTexts.add(normalizedBankTexts.get(best.id()));
            out.add(new PlannedQuestion(category, best.text(), Source.BANK, null, best.id(), generator, rationale,
                    best.keyPoints(), best.difficulty()));
        }
        return out;
    }

    private static String bankRationale(BankQuestion q, Category category, CandidateQuery.Match m,
            CandidateQuery query) {
        String level = q.difficulty().wire();
        if (query == null || query.isEmpty()) {
            return "Core " + level + " " + category.wire()
                    + " question in bank order; no resume or job description to tailor to.";
        }
        return String.format(Locale.ROOT, "Closest to %s (similarity %.2f) among unasked %s %s questions; topics: %s.",
                m.label(), m.score(), level, category.wire(), String.join(", ", q.topics()));
    }

    private static double maxSimilarity(float[] v, List<BankQuestion> chosen, Map<String, float[]> vecs) {
        double max = 0;
        for (BankQuestion c : chosen) {
            max = Math.max(max, UnitVectors.dot(v, vecs.get(c.id())));
        }
        return max;
    }

    private static List<Category> categoryOrder(List<Category> categories) {
        if (categories == null || categories.stream().allMatch(Objects::isNull)) {
            return List.of(Category.values());
        }
        return List.copyOf(new LinkedHashSet<>(categories.stream().filter(Objects::nonNull).toList()));
    }
}
