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
 * A US resume whose experience section sorts its entries under "Full-time" and "Internships", and whose last
 * employer's name, in capitals, wraps after "&amp;" onto a line that reads like a heading word.
 */
class SubHeadingsAndWrapsPdfTest {

    private static final PDType1Font REGULAR = new PDType1Font(FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(FontName.TIMES_BOLD);

    @Test
    void subHeadingsHeadNoEntryAndAWrappedNameIsNoHeading() throws Exception {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 22, 60, 740, "Priya Okoro-Vance");
            ResumePdfBuilder.text(cs, REGULAR, 11, 60, 724, "priya.ov@example.org · +1 555 010 2288");
            ResumePdfBuilder.text(cs, BOLD, 13, 60, 695, "EXPERIENCE");
            ResumePdfBuilder.text(cs, REGULAR, 11, 60, 678, "Full-time");
            String[][] full = {{"CALDWELL HEALTH ANALYTICS", "Machine Learning Engineer", "01/2025 – present"},
                {"HARROW & FINCH INSURANCE", "Data Scientist", "07/2023 – 12/2024"}};
            float y = 662;
            for (String[] job : full) {
                ResumePdfBuilder.text(cs, BOLD, 12, 60, y, job[0]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 470, y, job[2]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 60, y - 14, job[1]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 72, y - 28, "• Built and shipped models used every day by the operations team.");
                y -= 50;
            }
            ResumePdfBuilder.text(cs, REGULAR, 11, 60, y, "Internships");
            y -= 16;
            ResumePdfBuilder.text(cs, BOLD, 12, 60, y, "TOWN OF BRANSCOMBE, OFFICE OF INNOVATION &");
            ResumePdfBuilder.text(cs, REGULAR, 11, 470, y, "Branscombe, MA");
            ResumePdfBuilder.text(cs, BOLD, 12, 60, y - 14, "TECHNOLOGY");
            ResumePdfBuilder.text(cs, REGULAR, 11, 60, y - 28, "Data Analytics Intern");
            ResumePdfBuilder.text(cs, REGULAR, 11, 470, y - 28, "06/2022 – 08/2022");
            ResumePdfBuilder.text(cs, REGULAR, 11, 72, y - 42, "• Automated the weekly service-request report with SQL.");
            ResumePdfBuilder.text(cs, BOLD, 13, 60, y - 72, "EDUCATION");
            ResumePdfBuilder.text(cs, BOLD, 12, 60, y - 88, "ASHGROVE UNIVERSITY");
            ResumePdfBuilder.text(cs, REGULAR, 11, 470, y - 88, "2019 – 2023");
            ResumePdfBuilder.text(cs, REGULAR, 11, 60, y - 102, "B.S. in Statistics");
        });
        ResumeProfile p = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();

        assertThat(p.sections()).extracting(Section::heading).containsExactly("EXPERIENCE", "EDUCATION");
        assertThat(p.experience()).extracting(Experience::title)
                .containsExactly("Machine Learning Engineer", "Data Scientist", "Data Analytics Intern");
        assertThat(p.experience().get(2).organization())
                .isEqualTo("TOWN OF BRANSCOMBE, OFFICE OF INNOVATION & TECHNOLOGY");
    }
}
