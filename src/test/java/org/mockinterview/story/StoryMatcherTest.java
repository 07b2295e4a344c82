package org.mockinterview.story;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockinterview.embedding.MiniLm;
import org.mockinterview.embedding.UnitVectors;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Same story" by the MiniLM cosine of situation-and-action gists, on hand-written pairs: a retelling in other words
 * matches, a different episode of the same field does not; and the word fallback when a vector is missing.
 */
class StoryMatcherTest {

    static final String CHURN = "At my last company our churn model missed many cancellations. I rebuilt the "
            + "features from billing events and retrained a gradient boosted model on a time-based split.";
    static final String CHURN_RETOLD = "In my previous job the churn predictor was not catching a lot of the customers "
            + "who cancelled. I redid the feature set using billing events and retrained gradient boosting, validating "
            + "on a split by time.";
    static final String CHURN_OTHER = "At a telecom, marketing asked which customers to target with a loyalty offer. "
            + "I built an uplift model from past campaign responses and ran a holdout test with the campaign team.";
    static final String FORECAST = "Our warehouse demand forecast over-ordered fresh produce. I added weather and "
            + "holiday features and switched to a rolling validation window.";

    static MiniLm model;

    @BeforeAll
    static void load() {
        model = MiniLm.load(Path.of(System.getProperty("java.io.tmpdir"), "mock-interview-test-models"));
    }

    static float[] v(String s) {
        return UnitVectors.embed(model, List.of(s)).get(0);
    }

    @Test
    void aRetellingMatchesAndOtherStoriesDoNot() {
        double retold = UnitVectors.dot(v(CHURN), v(CHURN_RETOLD));
        double other = UnitVectors.dot(v(CHURN), v(CHURN_OTHER));
        double forecast = UnitVectors.dot(v(CHURN), v(FORECAST));
        System.out.printf("[story-matcher] retold %.3f, other churn-field story %.3f, forecast %.3f%n", retold, other,
                forecast);
        List<StoryMatcher.Known> bank = List.of(new StoryMatcher.Known(1, v(FORECAST), FORECAST),
                new StoryMatcher.Known(2, v(CHURN), CHURN), new StoryMatcher.Known(3, v(CHURN_OTHER), CHURN_OTHER));
        assertThat(StoryMatcher.same(v(CHURN_RETOLD), CHURN_RETOLD, bank)).contains(2L);
        assertThat(StoryMatcher.same(v(CHURN_OTHER), CHURN_OTHER, bank.subList(0, 2))).isEmpty();
    }

    @Test
    void withoutVectorsTheWordsDecide() {
        List<StoryMatcher.Known> bank = List.of(new StoryMatcher.Known(7, null, CHURN));
        assertThat(StoryMatcher.same(null, CHURN + " Recall rose.", bank)).contains(7L);
        assertThat(StoryMatcher.same(null, FORECAST, bank)).isEmpty();
    }

    @Test
    void vectorsSurviveTheirBytes() {
        float[] x = {0.25f, -1.5f, 3.0e-7f};
        assertThat(StoryMatcher.floats(StoryMatcher.bytes(x))).containsExactly(x);
        assertThat(StoryMatcher.bytes(null)).isNull();
    }
}
