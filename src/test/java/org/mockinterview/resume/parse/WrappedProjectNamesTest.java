package org.mockinterview.resume.parse;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.profile.ResumeProfile.Project;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A project name that wrapped inside a narrow card or cell, read back as two projects, is joined again. */
class WrappedProjectNamesTest {

    private static Project project(String name, String dates, String... highlights) {
        return new Project(name, dates, null, List.of(highlights), List.of(), List.of(), List.of(), 1.0);
    }

    @Test
    void aNameEndingOnAWordNoNameEndsOnGoesOnInTheNextLine() {
        List<Project> joined = WrappedProjectNames.join(List.of(
                project("Early-Warning Map for Flooded Roads and", "2023"),
                project("Bridges", null, "Joined river gauges with road closures."),
                project("Tram Buddy", "2024", "Built a commuter chatbot in a day.")));

        assertThat(joined).extracting(Project::name).containsExactly("Early-Warning Map for Flooded Roads and Bridges",
                "Tram Buddy");
        assertThat(joined.get(0).dates()).isEqualTo("2023");
        assertThat(joined.get(0).highlights()).containsExactly("Joined river gauges with road closures.");
    }

    @Test
    void aBareNameGoesOnInALowercaseLine() {
        List<Project> joined = WrappedProjectNames.join(List.of(
                project("Détection d'anomalies sur les paiements par apprentissage", "2024"),
                project("semi-supervisé (projet de M2)", null, "Auto-encodeur entraîné sur des virements.")));

        assertThat(joined).extracting(Project::name)
                .containsExactly("Détection d'anomalies sur les paiements par apprentissage semi-supervisé (projet de M2)");
    }

    @Test
    void namesThatStandApartStayApart() {
        List<Project> apart = List.of(
                project("Harbour Cranes", "2022"), // bare, but the next has its own dates
                project("Quay Camera", null),
                project("ffmpeg", null, "Cut the camera feed into clips."), // the tool under a name
                project("crane-sim", "2021", "A simulator of quay cranes."),
                project("pallet-vision (open-source library)", null),
                project("to date", null, "Maintained since 2020."), // the end of a date range
                project("+1 555 010 4471", null),
                project("nadia.kerr@example.org", null),
                project("Most of it is internal. This table lists my side projects, click a row for the", null),
                project("details", null, "See each row."));

        assertThat(WrappedProjectNames.join(apart)).hasSize(apart.size());
    }
}
