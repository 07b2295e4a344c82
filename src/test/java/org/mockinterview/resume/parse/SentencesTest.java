package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Full stops that end sentences against those that end abbreviations in names. */
class SentencesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Litware Inc.", "Banco Horizonte S.A.", "Indigo Payments Pvt. Ltd.", "Sakura Retail K.K.",
            "Acme Co.", "Proseware, Inc.", "Dept. of Statistics, Univ.", "J.P."})
    void anAbbreviationDoesNotEndASentence(String name) {
        assertThat(Sentences.endsOne(name)).isFalse();
        assertThat(Sentences.hasOne(name)).isFalse();
        assertThat(Sentences.withoutFinalStop(name)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Built the fraud model.", "Cut latency by 30%.", "Why this design?", "Shipped it in Q3!"})
    void sentencePunctuationEndsOne(String text) {
        assertThat(Sentences.endsOne(text)).isTrue();
        assertThat(Sentences.withoutFinalStop("Cut costs.")).isEqualTo("Cut costs");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Built a model. Cut costs by half", "Led the team. Shipped in March"})
    void aBreakInsideTheTextIsASentence(String text) {
        assertThat(Sentences.endsOne(text)).isFalse();
        assertThat(Sentences.hasOne(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Designed the switchover plan used by every depot since 2021",
            "Co-organised a summer school 2023 (40 participants)", "Promoted from Analyst to Lead in 2020."})
    void aPastTenseVerbAndItsObjectOpenALineOfWhatWasDone(String text) {
        assertThat(Sentences.opensWithPastTense(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Embedded Software Engineer, Larkspur GmbH", "Advanced Analytics Intern | 2021",
            "Licensed Practical Nurse", "Applied Scientist"})
    void aTitleOpeningLikeAPastTenseIsNone(String text) {
        assertThat(Sentences.opensWithPastTense(text)).isFalse();
    }
}
