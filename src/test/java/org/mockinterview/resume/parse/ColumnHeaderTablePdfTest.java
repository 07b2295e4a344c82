package org.mockinterview.resume.parse;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Education;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Section;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Word resume of tables under column headers ("Organization ‖ Designation ‖ Duration", "Qualification ‖ Institute
 * ‖ Board ‖ Year"), set a point smaller than its body, with cells wrapping onto a second line and a "Roles &amp;
 * Responsibilities:" label over each job's text: every row is one entry, the header row none.
 */
class ColumnHeaderTablePdfTest {

    private static final PDType1Font REGULAR = new PDType1Font(FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(FontName.TIMES_BOLD);

    private static ResumeProfile parse() throws IOException, ResumeParseException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 16, 50, 740, "ADITI RAMESH NAIKWADE");
            ResumePdfBuilder.text(cs, REGULAR, 13, 50, 722, "Email: aditi.naikwade@example.com");
            ResumePdfBuilder.text(cs, BOLD, 14, 50, 695, "CAREER OBJECTIVE");
            ResumePdfBuilder.text(cs, REGULAR, 13, 50, 678,
                    "To grow as a data analyst in an organization that values careful work with data.");
            ResumePdfBuilder.text(cs, BOLD, 14, 50, 650, "WORK EXPERIENCE (3 YEARS 2 MONTHS)");
            ResumePdfBuilder.text(cs, BOLD, 12, 110, 630, "Organization");
            ResumePdfBuilder.text(cs, BOLD, 12, 270, 630, "Designation");
            ResumePdfBuilder.text(cs, BOLD, 12, 440, 630, "Duration");
            float y = 612;
            String[][] jobs = {{"Sahyadri Fintech Pvt. Ltd., Nashik", "Senior Data Analyst", "04/2023 - Present"},
                {"Godavari Textiles Ltd., Aurangabad", "MIS Executive", "09/2021 - 03/2023"}};
            for (String[] job : jobs) {
                ResumePdfBuilder.text(cs, REGULAR, 12, 50, y, job[0]);
                ResumePdfBuilder.text(cs, REGULAR, 12, 260, y, job[1]);
                ResumePdfBuilder.text(cs, REGULAR, 12, 430, y, job[2]);
                ResumePdfBuilder.text(cs, BOLD, 12, 50, y - 18, "Roles & Responsibilities:");
                ResumePdfBuilder.text(cs, REGULAR, 12, 68, y - 32,
                        "Built loan-default scorecards in Python for 40,000 retail borrowers each quarter;");
                ResumePdfBuilder.text(cs, REGULAR, 12, 68, y - 45, "cut manual review by 30%.");
                ResumePdfBuilder.text(cs, REGULAR, 12, 68, y - 58, "Maintained the monthly Excel MIS pack.");
                y -= 85;
            }
            ResumePdfBuilder.text(cs, BOLD, 14, 50, y, "EDUCATIONAL QUALIFICATIONS");
            ResumePdfBuilder.text(cs, BOLD, 12, 60, y - 20, "Qualification");
            ResumePdfBuilder.text(cs, BOLD, 12, 175, y - 20, "Institute");
            ResumePdfBuilder.text(cs, BOLD, 12, 360, y - 20, "Board / University");
            ResumePdfBuilder.text(cs, BOLD, 12, 500, y - 20, "Year");
            ResumePdfBuilder.text(cs, REGULAR, 12, 50, y - 38, "B.Sc. (Statistics)");
            ResumePdfBuilder.text(cs, REGULAR, 12, 160, y - 38, "Marathwada College of Arts and");
            ResumePdfBuilder.text(cs, REGULAR, 12, 350, y - 38, "Godavari State University");
            ResumePdfBuilder.text(cs, REGULAR, 12, 495, y - 38, "2021");
            ResumePdfBuilder.text(cs, REGULAR, 12, 160, y - 50, "Science, Aurangabad");
            ResumePdfBuilder.text(cs, REGULAR, 12, 50, y - 68, "HSC (Science)");
            ResumePdfBuilder.text(cs, REGULAR, 12, 160, y - 68, "Deogiri Junior College");
            ResumePdfBuilder.text(cs, REGULAR, 12, 350, y - 68, "Maharashtra State Board");
            ResumePdfBuilder.text(cs, REGULAR, 12, 495, y - 68, "2018");
        });
        return new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();
    }

    @Test
    void everyTableRowIsOneEntryAndTheHeaderRowNone() throws Exception {
        ResumeProfile p = parse();

        assertThat(p.experience()).extracting(Experience::title)
                .containsExactly("Senior Data Analyst", "MIS Executive");
        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Sahyadri Fintech Pvt. Ltd.", "Godavari Textiles Ltd.");
        assertThat(p.experience()).extracting(Experience::dates)
                .containsExactly("04/2023 - Present", "09/2021 - 03/2023");
        // the sentence that wrapped is one highlight, the label over it none
        assertThat(p.experience().get(0).highlights()).noneMatch(h -> h.contains("Responsibilities"));
        assertThat(String.join(" ", p.experience().get(0).highlights()))
                .contains("40,000 retail borrowers each quarter; cut manual review by 30%.");

        // a wrapped institute cell is joined back; the board column names no school
        assertThat(p.education()).extracting(Education::degree).containsExactly("B.Sc. (Statistics)", "HSC (Science)");
        assertThat(p.education()).extracting(Education::institution)
                .containsExactly("Marathwada College of Arts and Science", "Deogiri Junior College");
    }

    @Test
    void annotatedAndObjectiveHeadingsAreTheirSections() throws Exception {
        assertThat(parse().sections()).extracting(Section::kind).containsExactly("summary", "experience", "education");
    }

    @Test
    void columnHeaderRowsAreTold() {
        assertThat(ColumnHeaders.isHeaderRow(row("Organization", "Designation", "Duration"))).isTrue();
        assertThat(ColumnHeaders.isHeaderRow(row("Qualification", "Institute", "Board / University", "Year"))).isTrue();
        // one kind of column is no table of entries, and a cell that is no header makes the row data
        assertThat(ColumnHeaders.isHeaderRow(row("Year", "Period"))).isFalse();
        assertThat(ColumnHeaders.isHeaderRow(row("Company", "Acme Analytics"))).isFalse();
    }

    private static TextLine row(String... cells) {
        java.util.List<Float> xs = new java.util.ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            xs.add(50f + 120 * i);
        }
        return new TextLine(java.util.List.of(cells), xs, 12, true, 50, 8, 1, 500);
    }
}
