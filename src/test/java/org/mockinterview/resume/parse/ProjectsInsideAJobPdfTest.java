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

    @Test
    void aDatedTitleAtTheMarginAfterTheListOpensTheNextJob() throws IOException {
        // bullets drawn as shapes, so the text layer has none; the label's items are marked by a glyph
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 20, 45, 770, "Ines Valcourt-Riedl");
            text(cs, false, 10, 45, 754, "ines.vr@example.org");
            text(cs, true, 16, 45, 724, "Work Experience");
            text(cs, true, 12, 45, 704, "Lead Data Scientist");
            text(cs, false, 10, 460, 704, "Feb 2021 — Present");
            text(cs, false, 10, 45, 690, "Quillmoor Logistics");
            text(cs, false, 10, 57, 676, "Run the forecasting group of five for the parcel network.");
            text(cs, false, 10, 57, 663, "Key projects:");
            text(cs, false, 10, 61, 650, "- Depot Pulse: hourly parcel-volume forecasts for 60 depots.");
            text(cs, false, 10, 61, 637, "- Route Ledger: cost model behind every van route.");
            text(cs, true, 12, 45, 617, "Data Scientist");
            text(cs, false, 10, 460, 617, "Jun 2017 — Jan 2021");
            text(cs, false, 10, 45, 603, "Brightwick Insurance");
            text(cs, false, 10, 57, 589, "Built the claims-triage model used by forty adjusters.");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Lead Data Scientist", "Data Scientist");
        assertThat(p.experience().get(0).highlights()).noneMatch(h -> h.contains("Data Scientist"));
    }
}
