package org.mockinterview.practice;

import org.junit.jupiter.api.Test;
import org.mockinterview.interview.InterviewStats.CategoryPoint;
import org.mockinterview.interview.InterviewStats.CriterionCount;
import org.mockinterview.kernel.Category;
import org.mockinterview.practice.PracticeViews.CategoryTrend;
import org.mockinterview.practice.PracticeViews.CriterionRate;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Category trends and the weakest criteria from stored figures. */
class ProgressTrendsTest {

    static final OffsetDateTime T = OffsetDateTime.parse("2026-03-01T09:00:00Z");

    @Test
    void trendsPerCategoryWithLatestBestAndChange() {
        List<CategoryTrend> trends = ProgressTrends.categories(List.of(
                new CategoryPoint(1, T, Category.BEHAVIORAL, 40),
                new CategoryPoint(1, T, Category.STATISTICS_PROBABILITY, 70),
                new CategoryPoint(2, T.plusDays(1), Category.BEHAVIORAL, 85),
                new CategoryPoint(3, T.plusDays(2), Category.BEHAVIORAL, 65)));
        assertThat(trends).hasSize(Category.values().length);
        CategoryTrend behavioral = trends.stream().filter(t -> t.category() == Category.BEHAVIORAL).findFirst()
                .orElseThrow();
        assertThat(behavioral.scores()).extracting(PracticeViews.Point::score).containsExactly(40, 85, 65);
        assertThat(behavioral.latest()).isEqualTo(65);
        assertThat(behavioral.best()).isEqualTo(85);
        assertThat(behavioral.change()).isEqualTo(25);
        CategoryTrend stats = trends.stream().filter(t -> t.category() == Category.STATISTICS_PROBABILITY)
                .findFirst().orElseThrow();
        assertThat(stats.change()).as("one interview has no change yet").isNull();
        CategoryTrend none = trends.stream().filter(t -> t.category() == Category.ML_FUNDAMENTALS).findFirst()
                .orElseThrow();
        assertThat(none.scores()).isEmpty();
        assertThat(none.latest()).isNull();
    }

    @Test
    void weakestCriteriaComeFirstAndAreLimited() {
        List<CriterionRate> weakest = ProgressTrends.weakest(List.of(
                new CriterionCount("a", 9, 10), new CriterionCount("b", 1, 4), new CriterionCount("c", 0, 2),
                new CriterionCount("d", 2, 8), new CriterionCount("e", 5, 10), new CriterionCount("f", 3, 3),
                new CriterionCount("g", 0, 0)));
        assertThat(weakest).extracting(CriterionRate::criterion).containsExactly("c", "d", "b", "e", "a");
        assertThat(weakest.get(2).metRate()).isEqualTo(0.25);
        assertThat(ProgressTrends.weakest(List.of())).isEmpty();
    }
}
