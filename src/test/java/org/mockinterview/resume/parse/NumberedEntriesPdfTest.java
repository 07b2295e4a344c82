package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

/**
 * A job-portal CV whose employment history numbers its entries in bold ("1. Title ( July 1, 2022 - Continuing)"),
 * each over its employer and labelled rows (location, department, duties): numbered entries, not list items.
 */
class NumberedEntriesPdfTest {

    private static final PDType1Font REGULAR = new PDType1Font(FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(FontName.HELVETICA_BOLD);

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void numberedLinesWithDatesAreEntriesAndTheirLabelRowsAreNot(boolean boldTitles) throws Exception {
        PDType1Font titleFont = boldTitles ? BOLD : REGULAR; // a portal prints them bold, its PDF export regular
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 18, 45, 760, "Tanvir Ahmed Chowdhury");
            ResumePdfBuilder.text(cs, REGULAR, 10, 45, 744, "e-mail: tanvir.chowdhury@example.com");
            ResumePdfBuilder.text(cs, BOLD, 11, 45, 716, "Career Summary:");
            ResumePdfBuilder.text(cs, REGULAR, 10, 45, 702, "Five years of data engineering for a mobile payments provider in Dhaka.");
            ResumePdfBuilder.text(cs, BOLD, 11, 45, 678, "Employment History:");
            ResumePdfBuilder.text(cs, BOLD, 10, 45, 664, "Total Year of Experience : 5.1 Year(s)");
            String[][] jobs = {{"1. Data Engineer ( March 1, 2022 - Continuing)", "Jamdani Pay Ltd."},
                {"2. Software Engineer ( June 15, 2019 - February 28, 2022)", "Karnaphuli Systems Limited"}};
            float y = 646;
            for (String[] job : jobs) {
                ResumePdfBuilder.text(cs, titleFont, 10, 45, y, job[0]);
                ResumePdfBuilder.text(cs, BOLD, 10, 45, y - 13, job[1]);
                ResumePdfBuilder.text(cs, REGULAR, 10, 45, y - 26, "Company Location : Motijheel, Dhaka");
                ResumePdfBuilder.text(cs, REGULAR, 10, 45, y - 39, "Department: Data Platform");
                ResumePdfBuilder.text(cs, REGULAR, 10, 45, y - 52, "Duties/Responsibilities:");
                ResumePdfBuilder.text(cs, REGULAR, 10, 57, y - 65, "Built Airflow pipelines from PostgreSQL into the warehouse.");
                ResumePdfBuilder.text(cs, REGULAR, 10, 57, y - 78, "Maintained Power BI reports for the settlement team.");
                y -= 100;
            }
        });
        ResumeProfile p = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Data Engineer", "Software Engineer");
        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Jamdani Pay Ltd.", "Karnaphuli Systems Limited");
        assertThat(p.experience().getFirst().dates()).isEqualTo("March 1, 2022 - Continuing");
        assertThat(p.sections()).filteredOn(s -> s.heading().startsWith("Career Summary"))
                .extracting(ResumeProfile.Section::kind).containsExactly("summary");
    }
}
