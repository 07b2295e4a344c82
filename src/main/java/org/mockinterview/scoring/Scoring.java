package org.mockinterview.scoring;

import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.Delivery;
import org.mockinterview.scoring.AnswerAnalysis.KeyPointCoverage;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;
import org.mockinterview.scoring.AnswerAnalysis.Star;

import java.util.List;

/** Turns findings into a 0–100 score: content dominates, delivery only trims. */
final class Scoring {
    private Scoring() {
    }

    static int score(Category category, StarFindings f, List<RubricItem> rubric, List<KeyPointCoverage> keyPoints,
                     Delivery delivery) {
        if (f.story() == StoryType.NON_ANSWER) {
            return delivery.words() == 0 ? 0 : Math.min(5, delivery.words() / 4);
        }
        double content = category == Category.BEHAVIORAL ? behavioral(f) : rubricShare(rubric) * 100;
        if (keyPoints != null && !keyPoints.isEmpty()) {
            long covered = keyPoints.stream().filter(KeyPointCoverage::covered).count();
            content = 0.75 * content + 25.0 * covered / keyPoints.size();
        }
        double deliveryScore = 100;
        deliveryScore -= Math.min(40, Math.max(0, delivery.fillerRate() - 0.03) * 600);
        deliveryScore -= Math.min(20, Math.max(0, delivery.hedges() - 2) * 5);
        if (DeliveryAnalyzer.tooSlow(delivery) || DeliveryAnalyzer.tooFast(delivery)) {
            deliveryScore -= 20;
        }
        if (delivery.words() < 40) {
            deliveryScore -= 30; // too short to show depth, whatever it says
        }
        long value = Math.round(0.85 * content + 0.15 * Math.max(0, deliveryScore));
        return (int) Math.max(0, Math.min(100, value));
    }

    private static double behavioral(StarFindings f) {
        if (f.story() != StoryType.SPECIFIC) {
            return 15;
        }
        Star s = f.star();
        return (s.situation().present() ? 10 : 0) + (s.task().present() ? 10 : 0) + (s.action().present() ? 20 : 0)
                + (s.result().present() ? 15 : 0) + (f.measurableResult().present() ? 15 : 0)
                + (f.businessImpact().present() ? 15 : 0) + (f.ownership().firstPerson() ? 15 : 0);
    }

    private static double rubricShare(List<RubricItem> rubric) {
        int applicable = 0;
        int met = 0;
        for (RubricItem r : rubric) {
            if (r.met() != null) {
                applicable++;
                met += r.met() ? 1 : 0;
            }
        }
        return applicable == 0 ? 0.5 : (double) met / applicable;
    }
}
