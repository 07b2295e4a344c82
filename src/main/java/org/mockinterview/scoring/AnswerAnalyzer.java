package org.mockinterview.scoring;

import org.mockinterview.kernel.GuardedPattern;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.Delivery;
import org.mockinterview.scoring.AnswerAnalysis.Engine;
import org.mockinterview.scoring.AnswerAnalysis.KeyPointCoverage;
import org.mockinterview.scoring.AnswerAnalysis.NonAnswer;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import java.util.List;

/**
 * Deterministic analysis of an interview answer: story type, STAR parts (for stories only), outcome quality,
 * category rubric, key points (by words, and by meaning when sentence vectors are available), delivery, a 0–100
 * score, feedback, one targeted follow-up and a stronger-answer outline. Thread-safe and stateless.
 */
public final class AnswerAnalyzer {
    public static final Engine ENGINE = new Engine("rules", "1.1.0");
    private static final GuardedPattern FIRST_PERSON = GuardedPattern.compile("\\b(i|we)\\b");

    private final SentenceVectors vectors;

    /** Words only: no embedding model (unit tests, tools). */
    public AnswerAnalyzer() {
        this(SentenceVectors.NONE);
    }

    public AnswerAnalyzer(SentenceVectors vectors) {
        this.vectors = vectors;
    }

    public AnswerAnalysis analyze(AnalysisRequest request) {
        ParsedAnswer a = ParsedAnswer.parse(request.answer(), request.question());
        // Without a question there is nothing to classify; STAR analysis is the most broadly useful default.
        Category category = request.category() != null ? request.category()
                : CategoryClassifier.classify(request.question());
        boolean behavioral = category == Category.BEHAVIORAL;
        NonAnswer nonAnswer = NonAnswers.detect(a, vectors, behavioral);
        StoryType story = nonAnswer != null ? StoryType.NON_ANSWER
                : StoryClassifier.classify(a.lower(), a.clauses(), a.words().size(), behavioral);
        if (story == StoryType.NON_ANSWER && nonAnswer == null) {
            nonAnswer = new NonAnswer("no_story", "The answer describes no situation and nothing you did.");
        }
        StarFindings star = StarDetector.detect(a.clauses(), story);
        if (!behavioral && (story == StoryType.NON_ANSWER || !ownStory(star, a))) {
            // STAR belongs to stories: a concept answer shows its rubric and key points, not empty STAR parts
            star = StarFindings.notApplicable(story == StoryType.NON_ANSWER ? story : StoryType.NOT_A_STORY);
        }
        boolean causal = category == Category.STATISTICS_PROBABILITY
                && CausalQuestions.causal(request.question(), a.questionLower(), vectors);
        List<RubricItem> rubric = RubricEvaluator.evaluate(category, a, star, causal);
        List<KeyPointCoverage> keyPoints = nonAnswer != null && request.keyPoints() != null
                ? request.keyPoints().stream().map(p -> new KeyPointCoverage(p, false)).toList()
                : KeyPoints.cover(request.keyPoints(), a, vectors);
        Delivery delivery = DeliveryAnalyzer.analyze(a.lower(), a.words(), a.sentences().size(),
                request.durationSeconds(), request.speech());
        int score = Scoring.score(category, star, rubric, keyPoints, delivery);
        String factCheck = nonAnswer != null ? null
                : a.misconception().map(f -> f.misconception().correction()).orElse(null);
        List<String> feedback = Feedback.compose(category, star, rubric, keyPoints, delivery, nonAnswer, factCheck);
        String concept = Concept.display(a.questionLower());
        return new AnswerAnalysis(category, score, star.story(), star.star(), star.measurableResult(),
                star.businessImpact(), star.ownership(), rubric, keyPoints, delivery, feedback, ENGINE, nonAnswer,
                FollowUps.choose(category, star, rubric, keyPoints, concept),
                StrongerAnswers.build(category, star, rubric, keyPoints, concept));
    }

    /** Outside behavioral questions, STAR applies only to a story about the candidate's own work (a project deep-dive). */
    private static boolean ownStory(StarFindings f, ParsedAnswer a) {
        if (f.story() != StoryType.SPECIFIC || !f.ownership().firstPerson()) {
            return false;
        }
        int ownPast = 0;
        for (Segment c : a.clauses()) {
            if (FIRST_PERSON.matcher(c.lower()).find() && StoryClassifier.hasPastVerb(c)) {
                ownPast++;
            }
        }
        return ownPast >= 2;
    }
}
