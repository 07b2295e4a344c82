package org.mockinterview.story;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The theme classifier on the hand-written labelled stories of {@link StoryThemeCases} (docs/QUALITY.md reports the
 * figures this prints), plus its determinism and the bank's theme names.
 */
class StoryThemesTest {

    @Test
    void labelledStoriesAreClassifiedAboveTheFloors() {
        int decisions = 0;
        int correct = 0;
        int exact = 0;
        StringBuilder misses = new StringBuilder();
        for (String theme : StoryThemes.ALL) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (StoryThemeCases.Case c : StoryThemeCases.ALL) {
                boolean predicted = StoryThemes.classify(c.text()).contains(theme);
                boolean labelled = c.themes().contains(theme);
                decisions++;
                if (predicted == labelled) {
                    correct++;
                } else {
                    misses.append(predicted ? "  FP " : "  FN ").append(theme).append(": ")
                            .append(c.text(), 0, 60).append('\n');
                }
                tp += predicted && labelled ? 1 : 0;
                fp += predicted && !labelled ? 1 : 0;
                fn += !predicted && labelled ? 1 : 0;
            }
            double precision = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
            double recall = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            System.out.printf("[story-themes] %-30s precision %.2f recall %.2f (tp %d fp %d fn %d)%n", theme,
                    precision, recall, tp, fp, fn);
            assertThat(recall).as("recall of " + theme).isGreaterThanOrEqualTo(0.8);
            assertThat(precision).as("precision of " + theme).isGreaterThanOrEqualTo(0.75);
        }
        for (StoryThemeCases.Case c : StoryThemeCases.ALL) {
            exact += StoryThemes.classify(c.text()).equals(c.themes()) ? 1 : 0;
        }
        System.out.printf("[story-themes] %d stories, decision accuracy %.3f, exact theme sets %d/%d%n%s",
                StoryThemeCases.ALL.size(), (double) correct / decisions, exact, StoryThemeCases.ALL.size(), misses);
        assertThat((double) correct / decisions).isGreaterThanOrEqualTo(0.9);
        assertThat(exact).isGreaterThanOrEqualTo((int) Math.ceil(0.7 * StoryThemeCases.ALL.size()));
    }

    @Test
    void classificationIsDeterministicAndOrdered() {
        String text = StoryThemeCases.ALL.get(11).text();
        assertThat(StoryThemes.classify(text)).isEqualTo(StoryThemes.classify(text))
                .isEqualTo(List.of("failed_model", "accuracy_vs_interpretability"));
        assertThat(StoryThemes.classify("")).isEmpty();
        assertThat(StoryThemes.classify(null)).isEmpty();
    }

    @Test
    void bankThemesMapToStoryThemes() {
        assertThat(StoryThemes.fromBank(List.of("non_technical_stakeholder", "ownership", "messy_data")))
                .containsExactly("stakeholder_communication", "messy_data");
    }
}
