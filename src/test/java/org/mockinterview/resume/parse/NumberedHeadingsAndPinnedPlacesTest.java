package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

/** Section numbers printed without a stop ("1   Education", as LaTeX's article class sets them) and map-pin places. */
class NumberedHeadingsAndPinnedPlacesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "1 Education; education", "2   Research Experience; experience",
            "4 Software; projects", "10 Technical Skills; skills", "3 PUBLICATIONS; publications" })
    void aSectionNumberWithoutAStopIsNoPartOfTheHeading(String heading, String kind) {
        assertThat(HeadingVocabulary.kindOf(heading)).contains(kind);
    }

    @Test
    void theSectionKeepsItsWordsWithoutTheNumber() {
        assertThat(HeadingVocabulary.withoutBareNumber("1   Education")).isEqualTo("Education");
        assertThat(HeadingVocabulary.withoutBareNumber("02. Experience")).isEqualTo("02. Experience"); // typed, kept
    }

    @ParameterizedTest
    @ValueSource(strings = { "5 years experience", "3 months of research experience", "12 projects", "5 Years Experience" })
    void aCountBeforeAHeadingWordIsNoSectionNumber(String line) {
        assertThat(HeadingVocabulary.kindOf(line)).isEmpty();
    }

    @Test
    void aCellAfterAMapPinIsThePlaceNotTheEmployer() {
        ResumeProfile p = TextResumes.parse("""
                Experience
                Mar 2021 - Present      Applied Scientist
                ◉ Lyon, France          Ondine Robotics
                • Trained grasp-success models on 2 million simulated picks.
                Jan 2018 - Feb 2021     Data Engineer
                📍 Geneva               Alpenrail Logistics
                • Moved the nightly freight reports from cron scripts to Airflow.
                Sep 2015 - Dec 2017     Research Assistant
                ◉ Bern, Switzerland     Vision and Control Group, Aare Institute of Technology
                Calibrated stereo rigs for the field robots.
                """);

        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Ondine Robotics", "Alpenrail Logistics",
                        "Vision and Control Group, Aare Institute of Technology");
        assertThat(p.experience()).extracting(Experience::location)
                .containsExactly("Lyon, France", "Geneva", "Bern, Switzerland");
    }
}
