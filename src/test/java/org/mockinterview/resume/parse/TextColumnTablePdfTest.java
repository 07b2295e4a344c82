package org.mockinterview.resume.parse;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Word table of jobs under "Period ‖ Role ‖ Organisation ‖ Highlights": the last column is the job's own text,
 * cells wrap over several lines, and in one row the narrow gap after the dates merges them with the role. Its short
 * rows leave a gutter left of the text column, which is the table's, not a gap between page columns.
 */
class TextColumnTablePdfTest {

    private static final PDType1Font REGULAR = new PDType1Font(FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(FontName.HELVETICA_BOLD);

    private static ResumeProfile parse() throws Exception {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 16, 50, 750, "Imogen Castellane");
            ResumePdfBuilder.text(cs, REGULAR, 9, 50, 734, "imogen.castellane@example.org");
            ResumePdfBuilder.text(cs, REGULAR, 9, 50, 718,
                    "Analytics engineer in insurance and logistics who turns operational data into tested, documented models.");
            ResumePdfBuilder.text(cs, BOLD, 12, 50, 705, "Employment History");
            ResumePdfBuilder.text(cs, BOLD, 9, 50, 688, "Period");
            ResumePdfBuilder.text(cs, BOLD, 9, 150, 688, "Role");
            ResumePdfBuilder.text(cs, BOLD, 9, 250, 688, "Organisation");
            ResumePdfBuilder.text(cs, BOLD, 9, 360, 688, "Highlights");
            ResumePdfBuilder.text(cs, REGULAR, 9, 50, 672, "Mar 2021 – Present");
            ResumePdfBuilder.text(cs, REGULAR, 9, 150, 672, "Lead Data");
            ResumePdfBuilder.text(cs, REGULAR, 9, 250, 672, "Brightwater Mutual");
            ResumePdfBuilder.text(cs, REGULAR, 9, 360, 672, "Moved the claims warehouse to dbt,");
            ResumePdfBuilder.text(cs, REGULAR, 9, 150, 661, "Engineer");
            ResumePdfBuilder.text(cs, REGULAR, 9, 250, 661, "Assurance");
            ResumePdfBuilder.text(cs, REGULAR, 9, 360, 661, "halving nightly load time. Coached three");
            ResumePdfBuilder.text(cs, REGULAR, 9, 360, 650, "analysts in SQL.");
            // the role follows the dates after a gap too narrow to split the cells
            ResumePdfBuilder.text(cs, REGULAR, 9, 50, 630, "Jun 2018 – Feb 2021 Data Analyst");
            ResumePdfBuilder.text(cs, REGULAR, 9, 250, 630, "Harlow Freight");
            ResumePdfBuilder.text(cs, REGULAR, 9, 360, 630, "Forecast depot volumes for 30 sites.");
            ResumePdfBuilder.text(cs, BOLD, 12, 50, 600, "Education");
            ResumePdfBuilder.text(cs, REGULAR, 10, 50, 584, "BSc Mathematics, University of Ellisford, 2015 – 2018. Dissertation on survival models for customer churn.");
        });
        return new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();
    }

    @Test
    void eachRowIsOneJobWithItsTextAsHighlights() throws Exception {
        ResumeProfile p = parse();

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Lead Data Engineer", "Data Analyst");
        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Brightwater Mutual Assurance", "Harlow Freight");
        assertThat(p.experience()).extracting(Experience::dates)
                .containsExactly("Mar 2021 – Present", "Jun 2018 – Feb 2021");
        assertThat(p.experience().get(0).highlights()).containsExactly(
                "Moved the claims warehouse to dbt, halving nightly load time.", "Coached three analysts in SQL.");
    }
}
