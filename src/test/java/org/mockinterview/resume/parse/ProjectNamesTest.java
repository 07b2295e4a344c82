package org.mockinterview.resume.parse;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.profile.ResumeProfile.Project;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lines read as project names that name a caption, a form's field label, a date word, a skill, the candidate, an
 * address, a contact detail or a list are dropped.
 */
class ProjectNamesTest {

    private static Project named(String name) {
        return new Project(name, null, null, List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void captionsSkillsTheCandidateAddressesAndListsAreNoProjects() {
        List<Project> kept = ProjectNames.keep(List.of(named("Tidewatch"), named("Tecnologie"), named("Stack:"),
                        named("PyTorch"), named("Rosa Imbert-Lang"), named("2140 Alder Avenue"), named("Go、Rust、SQL"),
                        named("Ledger Lite")),
                "Rosa Imbert-Lang", List.of("Python", "PyTorch", "Go"));

        assertThat(kept).extracting(Project::name).containsExactly("Tidewatch", "Ledger Lite");
    }

    @Test
    void aFormsFieldLabelsDateWordsAndContactDetailsAreNoProjects() {
        List<Project> kept = ProjectNames.keep(List.of(named("Project name"), named("Team size"), named("Role"),
                        named("Description"), named("sedan"), named("Since"), named("+84 555 0192 331"),
                        named("an.tran@example.com"), named("Receipt Reader")),
                "An Tran", List.of("Python"));

        assertThat(kept).extracting(Project::name).containsExactly("Receipt Reader");
    }

    @Test
    void aProjectTablesColumnHeadersInAnyLanguageAreNoProjects() {
        List<Project> kept = ProjectNames.keep(List.of(named("Proje Adı"), named("Süre"), named("Açıklama"),
                        named("Nama Proyek"), named("Durasi"), named("Vai trò"), named("Descripción"),
                        named("Year Graduated"), named("Kargo Takip Paneli")),
                "Deniz Ak", List.of("Python"));

        assertThat(kept).extracting(Project::name).containsExactly("Kargo Takip Paneli");
    }

    @Test
    void aProjectListedTwiceIsOneProject() {
        List<Project> kept = ProjectNames.keep(List.of(named("harbour-tides"), named("fjord-calendar"),
                named("Harbour-Tides")), "Ines Valadares", List.of());

        assertThat(kept).extracting(Project::name).containsExactly("harbour-tides", "fjord-calendar");
    }
}
