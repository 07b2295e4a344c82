package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockinterview.resume.fixtures.ResumePdfBuilder.text;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

/**
 * A Word two-level list inside a job ("•" bullets, then "o" items): a year in a bullet's wrapped sentence ("… adopted
 * by the board in 2023.") does not make that bullet an entry's header.
 */
class WrappedYearInABulletPdfTest {

    @Test
    void aBulletWhoseWrapEndsOnAYearStaysInItsJob() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 18, 45, 770, "Ottilie Brennan");
            text(cs, false, 10, 45, 754, "ottilie.brennan@example.org");
            text(cs, true, 12, 45, 724, "EXPERIENCE");
            text(cs, true, 10, 45, 704, "Lead Analyst | Corrin Water Board, Galway");
            text(cs, false, 10, 430, 704, "March 2020 – Present");
            text(cs, false, 10, 50, 690, "• Ran the leak-detection reporting for four regional depots.");
            text(cs, false, 10, 50, 677, "• Wrote the data-quality checklist that the asset committee adopted for every");
            text(cs, false, 10, 60, 664, "depot in 2023.");
            text(cs, false, 10, 60, 651, "Key work:");
            text(cs, false, 10, 66, 638, "o Pressure Zone Review (2022): a model of night flow by district.");
            text(cs, false, 10, 66, 625, "o Meter Backlog Tracker (2021): weekly counts of unread meters.");
            text(cs, true, 10, 45, 605, "Analyst | Fenwick Utilities, Limerick");
            text(cs, false, 10, 430, 605, "June 2016 – February 2020");
            text(cs, false, 10, 50, 591, "• Built the monthly billing reconciliation in SQL.");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Lead Analyst", "Analyst");
        assertThat(p.experience().get(0).highlights())
                .anyMatch(h -> h.startsWith("Wrote the data-quality checklist") && h.endsWith("depot in 2023."));
    }
}
