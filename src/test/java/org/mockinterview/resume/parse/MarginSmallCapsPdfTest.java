package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Section;

/**
 * A minimalist design resume: section headings in small capitals in a left margin, neither bold nor larger, on the
 * line of each section's first entry, and one heading centred on its section so that it sits a little below the
 * section's first line.
 */
class MarginSmallCapsPdfTest {

    private static final PDType1Font REGULAR = new PDType1Font(FontName.TIMES_ROMAN);

    @Test
    void smallCapsMarginHeadingsOpenTheirSections() throws Exception {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, REGULAR, 30, 50, 740, "Rosalind Achebe-Frey");
            ResumePdfBuilder.text(cs, REGULAR, 10, 50, 722, "SENIOR DATA SCIENTIST · EXPERIMENTS & METRICS");
            ResumePdfBuilder.text(cs, REGULAR, 10, 50, 710, "Boston, MA · rosalind.af@example.org · +1 555 010 4477");
            ResumePdfBuilder.text(cs, REGULAR, 12, 155, 695, "Analyst who designs experiments and writes them up in plain English for");
            ResumePdfBuilder.text(cs, REGULAR, 9, 50, 692, "PROFILE");
            ResumePdfBuilder.text(cs, REGULAR, 12, 155, 681, "product teams; six years in media and consumer apps.");
            float y = 650;
            String[][] jobs = {{"EXPERIENCE", "HALWICK MEDIA — New York, NY", "2021 — PRESENT", "Data Scientist"},
                {null, "ORCHARD & LYLE — Boston, MA", "2018 — 2021", "Data Analyst"},
                {null, "TIDEWATER LAB, CARROWAY COLLEGE — Boston, MA", "2016 — 2018", "Research Assistant"}};
            for (String[] job : jobs) {
                if (job[0] != null) {
                    ResumePdfBuilder.text(cs, REGULAR, 9, 50, y, job[0]);
                }
                ResumePdfBuilder.text(cs, REGULAR, 10, 155, y, job[1]);
                ResumePdfBuilder.text(cs, REGULAR, 10, 470, y, job[2]);
                ResumePdfBuilder.text(cs, REGULAR, 12, 155, y - 14, job[3]);
                ResumePdfBuilder.text(cs, REGULAR, 12, 160, y - 28, "– Ran the experimentation program and its weekly review.");
                ResumePdfBuilder.text(cs, REGULAR, 12, 160, y - 42, "– Built the retention model used in planning.");
                ResumePdfBuilder.text(cs, REGULAR, 12, 160, y - 56, "– Wrote the metric definitions the board reports.");
                y -= 76;
            }
            ResumePdfBuilder.text(cs, REGULAR, 9, 50, y, "EDUCATION");
            ResumePdfBuilder.text(cs, REGULAR, 10, 155, y, "WESTBROOK UNIVERSITY");
            ResumePdfBuilder.text(cs, REGULAR, 10, 470, y, "2018");
            ResumePdfBuilder.text(cs, REGULAR, 12, 155, y - 14, "M.A. in Quantitative Methods");
        });
        ResumeProfile p = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();

        assertThat(p.sections()).extracting(Section::heading).containsExactly("PROFILE", "EXPERIENCE", "EDUCATION");
        assertThat(p.experience()).extracting(Experience::title)
                .containsExactly("Data Scientist", "Data Analyst", "Research Assistant");
        assertThat(p.education()).hasSize(1);
    }
}
