package org.mockinterview.practice;

import org.mockinterview.interview.InterviewStats.CategoryPoint;
import org.mockinterview.interview.InterviewStats.CriterionCount;
import org.mockinterview.kernel.Category;
import org.mockinterview.practice.PracticeViews.CategoryTrend;
import org.mockinterview.practice.PracticeViews.CriterionRate;
import org.mockinterview.practice.PracticeViews.Point;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns stored per-interview figures into trends: every category with its scores oldest first, and the rubric
 * criteria met least often. Pure.
 */
final class ProgressTrends {

    static final int WEAKEST = 5;

    private ProgressTrends() {
    }

    static List<CategoryTrend> categories(List<CategoryPoint> points) {
        List<CategoryTrend> out = new ArrayList<>();
        for (Category c : Category.values()) {
            List<Point> scores = points.stream().filter(p -> p.category() == c)
                    .map(p -> new Point(p.interviewId(), p.completedAt(), p.score())).toList();
            Integer latest = scores.isEmpty() ? null : scores.get(scores.size() - 1).score();
            Integer best = scores.stream().map(Point::score).max(Integer::compare).orElse(null);
            Integer change = scores.size() < 2 ? null : latest - scores.get(0).score();
            out.add(new CategoryTrend(c, scores, latest, best, change));
        }
        return out;
    }

    static List<CriterionRate> weakest(List<CriterionCount> counts) {
        return counts.stream().filter(c -> c.answers() > 0)
                .map(c -> new CriterionRate(c.criterion(), Math.round(1000.0 * c.met() / c.answers()) / 1000.0,
                        c.answers()))
                .sorted(Comparator.comparingDouble(CriterionRate::metRate)
                        .thenComparing(Comparator.comparingLong(CriterionRate::answers).reversed())
                        .thenComparing(CriterionRate::criterion))
                .limit(WEAKEST).toList();
    }
}
