package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Project;

/** Projects listed under the place or kind of work that groups them, each item opening with its name and a colon. */
class GroupedProjectsTest {

    @Test
    void itemsUnderAnEmployerAUniversityAndAKindOfWorkAreOneProjectEach() {
        ResumeProfile p = TextResumes.parse("""
                Projects
                Harrow Logistics – internship projects                         Summer 2023
                    Dock Queue Forecast: gradient boosting on gate logs that predicts the trucks waiting
                    at each dock an hour ahead. (Python, LightGBM)
                    Pallet Scanner: a small detector that reads damaged labels from phone photos. (PyTorch)
                University of Example – course projects                         2024 – 2025
                    Sparse Kernels (GPU course): a block-sparse attention kernel in Triton.
                Independent
                    tidecheck: validates river sensor feeds against the tide tables before forecasting.
                """);

        assertThat(p.projects()).extracting(Project::name)
                .containsExactly("Dock Queue Forecast", "Pallet Scanner", "Sparse Kernels", "tidecheck");
        assertThat(p.projects().get(0).dates()).isEqualTo("Summer 2023");
        assertThat(p.projects().get(0).summary()).contains("an hour ahead");
    }

    @Test
    void aLabelLineOverCardsNamesNoProject() {
        assertThat(GroupedProjects.isGroupLabel("research")).isTrue();
        assertThat(GroupedProjects.isGroupLabel("Open source")).isTrue();
        assertThat(GroupedProjects.isGroupLabel("tidecheck")).isFalse();
        ResumeProfile p = TextResumes.parse("""
                Projects
                misc
                Depth Completion SSL                                   code
                Self-supervised depth completion for a campus robot, 9% lower error than the baseline.
                fun
                Feeder Cam                                             blog post
                A camera that names the birds at the feeder with a small quantised model.
                """);

        assertThat(p.projects()).extracting(Project::name).containsExactly("Depth Completion SSL", "Feeder Cam");
    }

    @Test
    void aLineNamingOneProjectAndItsKindGroupsNothingThoughItsDescriptionHasAColon() {
        assertThat(GroupedProjects.items("quaycast | open-source library",
                List.of("Python package for timetable data: headways, transfers and reach maps."))).isEmpty();
        assertThat(GroupedProjects.items("Ferry Planner",
                List.of("Stack: Python, OR-Tools", "Result: crossings planned a day ahead"))).isEmpty();
    }

    @Test
    void anEntryThatOpensOnItsOwnDescriptionIsOneProject() {
        assertThat(GroupedProjects.items("Open-source work",
                List.of("A set of dbt macros for holiday calendars.", "Docs: macros.example.org"))).isEmpty();
    }
}
