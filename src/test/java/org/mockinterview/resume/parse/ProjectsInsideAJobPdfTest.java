package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockinterview.resume.fixtures.ResumePdfBuilder.text;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

/** A job's "Projects:" label with bold items under it, at the job's text indent: the job's text, not entries. */
class ProjectsInsideAJobPdfTest {

    @Test
    void theItemsUnderTheLabelStayInTheirJob() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 20, 45, 770, "Halvard Eikeland");
            text(cs, false, 10, 45, 754, "halvard.eikeland@example.org");
            text(cs, true, 16, 45, 724, "Experience");
            text(cs, true, 12, 45, 704, "Harbour Grid Systems");
            text(cs, false, 10, 460, 704, "Bergen, Norway");
            text(cs, false, 8, 45, 692, "DATA ENGINEER");
            text(cs, false, 10, 480, 692, "Mar 2020 – Present");
            text(cs, false, 10, 57, 678, "Built the meter-reading pipeline on Spark for 1.2 million households.");
            text(cs, false, 10, 57, 665, "Projects:");
            text(cs, true, 10, 57, 652, "TIDEMARK – outage forecasting for coastal substations.");
            text(cs, true, 10, 57, 639, "Kestrel – drone inspection image triage for the line");
            text(cs, true, 10, 57, 626, "crews.");
            text(cs, true, 12, 45, 606, "Fjordline Ferries");
            text(cs, false, 10, 460, 606, "Stavanger, Norway");
            text(cs, false, 8, 45, 594, "ANALYST");
            text(cs, false, 10, 480, 594, "Jan 2017 – Feb 2020");
            text(cs, false, 10, 57, 580, "Weekly punctuality reports for the operations director.");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Harbour Grid Systems", "Fjordline Ferries");
        assertThat(p.experience().get(0).highlights()).anyMatch(h -> h.startsWith("TIDEMARK"))
                // an item's wrapped line goes on in lower case: it is that item's
                .contains("Kestrel – drone inspection image triage for the line crews.");
    }
}
