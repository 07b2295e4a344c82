package org.mockinterview.scoring;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings told in one clause set the scene: "When I volunteered as …", "In my first week as … at …", "At a rowing
 * club where …", and a lived habit of the place ("… whenever the oven overheated").
 */
class SettingClausesTest {
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    private boolean situation(String answer) {
        return analyzer.analyze(AnalysisRequest.of(answer, "Tell me about a problem you solved.", Category.BEHAVIORAL))
                .star().situation().present();
    }

    @Test
    void aVolunteerRoleOpeningTheStoryIsItsSetting() {
        assertThat(situation("When I volunteered as treasurer for a youth football league, the membership fees were"
                + " tracked in three notebooks. I built one shared sheet with a payment check and trained the coaches"
                + " on it. By spring every fee was accounted for.")).isTrue();
    }

    @Test
    void aTimeInANamedRoleIsTheSetting() {
        assertThat(situation("In my first week as an analyst at a building society, I sent a report that counted joint"
                + " accounts twice. I reissued it with a note and added a row-count check to the query. I learned to"
                + " reconcile totals before anything leaves my hands.")).isTrue();
    }

    @Test
    void aPlaceAndWhatWasWrongThereAreTheSettingEvenInFourWords() {
        assertThat(situation("At a rowing club where membership was falling, I was asked to find out why. I surveyed"
                + " the members who had left and grouped their reasons. The committee moved the training times and"
                + " renewals rose the next season.")).isTrue();
    }

    @Test
    void aLivedHabitOfThePlaceIsNoGeneralClaim() {
        assertThat(situation("Our bakery was throwing away whole trays whenever the oven overheated, a few times a"
                + " week. I logged the oven temperatures for a month and found the fan failing at night. The"
                + " engineer replaced it and the waste stopped.")).isTrue();
    }
}
