package org.mockinterview.interview;

import org.mockinterview.interview.InterviewReport.CategoryScore;
import org.mockinterview.interview.InterviewReport.DeliverySummary;
import org.mockinterview.interview.InterviewReport.Improvement;
import org.mockinterview.interview.InterviewReport.PartCoverage;
import org.mockinterview.interview.InterviewReport.ProjectDiscussion;
import org.mockinterview.interview.InterviewReport.StarCoverage;
import org.mockinterview.kernel.Category;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.scoring.AnswerAnalysis;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds an interview report from its questions and answers; pure, so it is unit-tested without Quarkus.
 */
public final class ReportBuilder {

    public static final String ENGINE = "report/1.0.0";
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern MODEL_CUE = Pattern.compile("(?i)\\b(model|chose|picked|selected|baseline|"
            + "xgboost|lightgbm|random forest|logistic|regression|neural|transformer|bert|gradient boost\\w*|tree)");
    private static final Pattern METRIC_CUE = Pattern.compile("(?i)\\b(metric|precision|recall|auc|f1|accuracy|"
            + "rmse|mae|mape|ndcg|map@|optimi[sz]\\w*|loss|lift|conversion|latency)");

    private ReportBuilder() {
    }

    /** A question with its answer (null when never answered). */
    public record Turn(InterviewQuestion question, Answer answer) {
        boolean scored() {
            return answer != null && !answer.skipped && answer.analysis != null;
        }
    }

    public static InterviewReport build(List<Turn> turns, ResumeProfile profile, OffsetDateTime generatedAt) {
        List<Turn> scored = turns.stream().filter(Turn::scored).toList();
        int skipped = (int) turns.stream().filter(t -> t.answer() != null && t.answer().skipped).count();
        int notAnswered = (int) turns.stream().filter(t -> t.answer() == null).count();
        return new InterviewReport(mean(scored), turns.size(), scored.size(), skipped, notAnswered,
                categories(turns), star(scored), improvements(scored), delivery(scored), projects(turns, profile),
                ENGINE, generatedAt, List.of(), null, null, null, List.of());
    }

    /** Each answered or retried question's first score and its best attempt; retries come in attempt order. */
    public static List<InterviewReport.QuestionScores> questions(List<Turn> turns, Map<Long, List<Attempt>> retries) {
        List<InterviewReport.QuestionScores> out = new ArrayList<>();
        for (Turn t : turns) {
            List<Attempt> more = retries.getOrDefault(t.question().id, List.of());
            if (t.answer() == null && more.isEmpty()) {
                continue;
            }
            Integer first = t.scored() ? t.answer().analysis.score() : null;
            BestAttempt best = BestAttempt.of(t.scored() ? t.answer().analysis : null, more, Integer.MAX_VALUE);
            AnswerHighlights.Highlight h = AnswerHighlights.of(t.scored() ? t.answer().analysis : null);
            out.add(new InterviewReport.QuestionScores(t.question().id, t.question().kind, t.question().category,
                    null, t.question().text, first, best == null ? null : best.analysis().score(),
                    best == null ? null : best.number(), 1 + more.size(), h.strongestPoint(),
                    h.evidence(), h.toFix()));
        }
        return out;
    }

    private static Integer mean(List<Turn> scored) {
        return scored.isEmpty() ? null
                : (int) Math.round(scored.stream().mapToInt(t -> t.answer().analysis.score()).average().orElse(0));
    }

    private static List<CategoryScore> categories(List<Turn> turns) {
        Map<Category, List<Turn>> by = new TreeMap<>(turns.stream()
                .collect(Collectors.groupingBy(t -> t.question().category)));
        List<CategoryScore> out = new ArrayList<>();
        by.forEach((category, list) -> out.add(new CategoryScore(category, null,
                mean(list.stream().filter(Turn::scored).toList()),
                (int) list.stream().filter(Turn::scored).count(),
                (int) list.stream().filter(t -> t.answer() != null && t.answer().skipped).count(),
                (int) list.stream().filter(t -> t.answer() == null).count(), null)));
        return out;
    }

    private static StarCoverage star(List<Turn> scored) {
        List<AnswerAnalysis> behavioral = scored.stream().filter(t -> t.question().category == Category.BEHAVIORAL)
                .map(t -> t.answer().analysis).toList();
        List<PartCoverage> parts = new ArrayList<>();
        parts.add(part("situation", behavioral, a -> a.star().situation().present()));
        parts.add(part("task", behavioral, a -> a.star().task().present()));
        parts.add(part("action", behavioral, a -> a.star().action().present()));
        parts.add(part("result", behavioral, a -> a.star().result().present()));
        parts.add(part("measurable_result", behavioral, a -> a.measurableResult().present()));
        parts.add(part("business_impact", behavioral, a -> a.businessImpact().present()));
        return new StarCoverage(behavioral.size(), parts);
    }

    private static PartCoverage part(String name, List<AnswerAnalysis> answers, Predicate<AnswerAnalysis> present) {
        int yes = (int) answers.stream().filter(present).count();
        int no = answers.size() - yes;
        return new PartCoverage(name, yes, no, answers.isEmpty() ? 0 : Math.round(1000.0 * no / answers.size()) / 1000.0);
    }

    private static List<Improvement> improvements(List<Turn> scored) {
        Set<String> seen = new LinkedHashSet<>();
        List<Improvement> out = new ArrayList<>();
        scored.stream().sorted(Comparator.comparingInt((Turn t) -> t.answer().analysis.score())
                        .thenComparing(t -> t.question().position))
                .forEach(t -> t.answer().analysis.feedback().stream().filter(seen::add).findFirst()
                        .ifPresent(advice -> out.add(new Improvement(advice, t.question().id, t.question().text,
                                excerpt(t.answer().text), t.answer().analysis.score()))));
        return out.stream().limit(3).toList();
    }

    private static DeliverySummary delivery(List<Turn> scored) {
        int words = 0;
        int fillers = 0;
        int hedges = 0;
        Map<String, Integer> fillerCounts = new TreeMap<>();
        long wpmSum = 0;
        int wpmN = 0;
        for (Turn t : scored) {
            AnswerAnalysis.Delivery d = t.answer().analysis.delivery();
            words += d.words();
            hedges += d.hedges();
            for (AnswerAnalysis.FillerCount f : d.fillerWords()) {
                fillers += f.count();
                fillerCounts.merge(f.word(), f.count(), Integer::sum);
            }
            if (d.wordsPerMinute() != null) {
                wpmSum += d.wordsPerMinute();
                wpmN++;
            }
        }
        List<String> top = fillerCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3).map(Map.Entry::getKey)
                .toList();
        double rate = words == 0 ? 0 : Math.round(10000.0 * fillers / words) / 10000.0;
        return new DeliverySummary(words, fillers, rate, top, hedges, wpmN == 0 ? null : (int) (wpmSum / wpmN),
                null);
    }

    private static List<ProjectDiscussion> projects(List<Turn> turns, ResumeProfile profile) {
        if (profile == null || profile.projects() == null) {
            return List.of();
        }
        List<ProjectDiscussion> out = new ArrayList<>();
        for (ResumeProfile.Project p : profile.projects()) {
            if (p.name() == null || p.name().isBlank()) {
                continue;
            }
            String needle = p.name().toLowerCase(Locale.ROOT);
            List<Turn> about = turns.stream().filter(t -> needle.equals(lower(t.question().projectRef))
                    || (t.answer() != null && t.answer().text != null && lower(t.answer().text).contains(needle)))
                    .toList();
            if (about.isEmpty()) {
                continue;
            }
            List<String> sentences = about.stream().filter(t -> t.answer() != null && t.answer().text != null)
                    .flatMap(t -> SENTENCE.splitAsStream(t.answer().text.strip())).toList();
            out.add(new ProjectDiscussion(p.name(), about.stream().map(t -> t.question().id).toList(),
                    sentences.stream().filter(s -> MODEL_CUE.matcher(s).find()).limit(3).toList(),
                    sentences.stream().filter(s -> METRIC_CUE.matcher(s).find()).limit(3).toList()));
        }
        return out;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }

    private static String excerpt(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return t.length() <= 160 ? t : t.substring(0, 157) + "...";
    }
}
