package org.mockinterview.scoring;

import org.mockinterview.question.Category;
import org.mockinterview.scoring.AnswerAnalysis.Delivery;
import org.mockinterview.scoring.AnswerAnalysis.Engine;
import org.mockinterview.scoring.AnswerAnalysis.KeyPointCoverage;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import java.util.List;

/**
 * Deterministic, rule-based analysis of an interview answer: story type, STAR parts, outcome quality, category
 * rubric, delivery, a 0–100 score and up to three pieces of feedback. Thread-safe and stateless.
 */
public final class AnswerAnalyzer {
    public static final Engine ENGINE = new Engine("rules", "1.0.0");

    public AnswerAnalyzer() {
    }

    public AnswerAnalysis analyze(AnalysisRequest request) {
        ParsedAnswer a = ParsedAnswer.parse(request.answer(), request.question());
        // Without a question there is nothing to classify; STAR analysis is the most broadly useful default.
        Category category = request.category() != null ? request.category()
                : CategoryClassifier.classify(request.question());
        boolean behavioral = category == Category.BEHAVIORAL;
        StoryType story = StoryClassifier.classify(a.lower(), a.clauses(), a.words().size(), behavioral);
        StarFindings star = StarDetector.detect(a.clauses(), story);
        List<RubricItem> rubric = RubricEvaluator.evaluate(category, a, star);
        List<KeyPointCoverage> keyPoints = KeyPoints.cover(request.keyPoints(), a);
        Delivery delivery = DeliveryAnalyzer.analyze(a.lower(), a.words(), a.sentences().size(),
                request.durationSeconds());
        int score = Scoring.score(category, star, rubric, keyPoints, delivery);
        List<String> feedback = Feedback.compose(category, star, rubric, keyPoints, delivery);
        return new AnswerAnalysis(category, score, story, star.star(), star.measurableResult(), star.businessImpact(),
                star.ownership(), rubric, keyPoints, delivery, feedback, ENGINE);
    }
}
