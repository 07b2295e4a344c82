package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockinterview.resume.fixtures.ResumePdfBuilder.text;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Project;
import org.mockinterview.resume.profile.ResumeProfile.Section;

/**
 * A projects table ("Project ‖ Tools ‖ Outcome") whose cells wrap, the last onto a line of its own: a table, not two
 * page columns, and each row one project.
 */
class ProjectTablesPdfTest {



    @Test
    void theTableKeepsItsRowsAndTheNextSectionItsEntries() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 20, 50, 760, "Morwenna Treloar");
            text(cs, false, 10, 50, 744, "morwenna.treloar@example.org");
            text(cs, true, 13, 50, 712, "PROJECTS");
            text(cs, true, 10, 55, 694, "Project");
            text(cs, true, 10, 200, 694, "Tools");
            text(cs, true, 10, 330, 694, "Outcome");
            text(cs, false, 10, 55, 678, "Harbour Berth");
            text(cs, false, 10, 200, 678, "Python, OR-Tools");
            text(cs, false, 10, 330, 678, "Schedules the marina's berths each morning");
            text(cs, false, 10, 55, 667, "Planner");
            text(cs, false, 10, 55, 651, "Gull Count Survey");
            text(cs, false, 10, 200, 651, "R, Shiny");
            text(cs, false, 10, 330, 651, "Counts from 40 volunteers mapped weekly");
            text(cs, false, 10, 55, 635, "Ferry Delay Model");
            text(cs, false, 10, 200, 635, "LightGBM, SQL");
            text(cs, false, 10, 330, 635, "Predicts late sailings two hours ahead;");
            text(cs, false, 10, 330, 624, "used by the booking office since March");
            text(cs, true, 13, 50, 606, "EXPERIENCE");
            text(cs, true, 11, 50, 588, "Data Analyst");
            text(cs, false, 10, 450, 588, "Jan 2022 – Present");
            text(cs, false, 10, 50, 574, "Kernow Ferries Ltd");
            text(cs, false, 10, 60, 560, "• Built the weekly punctuality report for the operations team.");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Data Analyst");
        // a row's name that wrapped inside its cell is one name, and each of its text cells is kept
        assertThat(p.projects()).extracting(Project::name)
                .containsExactly("Harbour Berth Planner", "Gull Count Survey", "Ferry Delay Model");
        assertThat(p.projects().get(2).highlights()).contains("LightGBM, SQL",
                "Predicts late sailings two hours ahead; used by the booking office since March");
        Section experience = p.sections().stream().filter(s -> s.kind().equals("experience")).findFirst().orElseThrow();
        assertThat(String.join(" ", experience.lines())).doesNotContain("Outcome").doesNotContain("booking office");
    }
}
