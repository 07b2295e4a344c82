package org.mockinterview.resume.parse;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Project;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows and labels of two common templates. A job portal's Word CV: a jobs table led by a serial-number column
 * whose role and dates sit far right, numbered "Project #n:" blocks, a skills table whose rows may list one item,
 * and running footers (a page count in German; the name with "Curriculum Vitae" and a date). A Notion-like page:
 * "Title at Employer" over "Remote (City, ST) · dates", and a sidebar's email on the baseline of the main column's
 * first heading.
 */
class RowsAndLabelsPdfTest {

    private static final PDType1Font REGULAR = new PDType1Font(FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(FontName.HELVETICA_BOLD);

    @Test
    void aPortalCvReadsItsJobsTableProjectsAndSkillsWithoutTheFooter() throws Exception {
        byte[] pdf = ResumePdfBuilder.pages(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 18, 45, 740, "VENKAT RAO PALLAVI");
            ResumePdfBuilder.text(cs, REGULAR, 11, 400, 740, "Email: venkat.pallavi@example.com");
            ResumePdfBuilder.text(cs, BOLD, 13, 45, 700, "Work Experience");
            ResumePdfBuilder.text(cs, BOLD, 11, 45, 680, "S.No");
            ResumePdfBuilder.text(cs, BOLD, 11, 90, 680, "Organization");
            ResumePdfBuilder.text(cs, BOLD, 11, 330, 680, "Designation");
            ResumePdfBuilder.text(cs, BOLD, 11, 460, 680, "Duration");
            String[][] jobs = {{"Suryoday Infotech Pvt. Ltd., Pune", "Senior Data Engineer", "Aug 2021 – Till Date"},
                {"Nilgiri Analytics Pvt. Ltd., Chennai", "ETL Developer", "Jul 2017 – Jul 2021"}};
            float y = 664;
            for (int i = 0; i < jobs.length; i++) {
                ResumePdfBuilder.text(cs, REGULAR, 11, 45, y, String.valueOf(i + 1));
                ResumePdfBuilder.text(cs, REGULAR, 11, 90, y, jobs[i][0]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 330, y, jobs[i][1]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 460, y, jobs[i][2]);
                y -= 16;
            }
            ResumePdfBuilder.text(cs, BOLD, 13, 45, 600, "Project Details");
            ResumePdfBuilder.text(cs, BOLD, 11, 45, 582, "Project #1: Warehouse Stock Lake");
            ResumePdfBuilder.text(cs, REGULAR, 11, 45, 568, "Designed ingestion pipelines in Azure Data Factory for 300 tables.");
            ResumePdfBuilder.text(cs, REGULAR, 11, 45, 556, "Built Delta tables in Databricks for the replenishment reports.");
            ResumePdfBuilder.text(cs, REGULAR, 11, 45, 544, "Tuned partitions so the nightly batch ends two hours earlier.");
            ResumePdfBuilder.text(cs, BOLD, 11, 45, 524, "Project #2: Claims Mart Migration");
            ResumePdfBuilder.text(cs, REGULAR, 11, 45, 510, "Moved claim reports from Oracle to Redshift with AWS Glue jobs.");
            ResumePdfBuilder.text(cs, REGULAR, 11, 45, 498, "Wrote Airflow DAGs for orchestration and alerting on late loads.");
            ResumePdfBuilder.text(cs, BOLD, 13, 45, 470, "Technical Skills");
            String[][] skills = {{"Languages", "Python, SQL, Shell"}, {"ETL Tools", "Informatica PowerCenter"},
                {"Databases", "Oracle, PostgreSQL"}};
            y = 452;
            for (String[] row : skills) {
                ResumePdfBuilder.text(cs, BOLD, 11, 45, y, row[0]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 200, y, row[1]);
                y -= 16;
            }
            ResumePdfBuilder.text(cs, REGULAR, 9, 500, 40, "Seite 1 von 2");
            ResumePdfBuilder.text(cs, REGULAR, 9, 45, 28, "Venkat Rao Pallavi · Curriculum Vitae · March 2025");
        }, cs -> {
            ResumePdfBuilder.text(cs, BOLD, 13, 45, 740, "Education");
            ResumePdfBuilder.text(cs, REGULAR, 11, 45, 722, "B.Tech (Computer Science), Kaveri Institute of Technology, 2017");
        });
        ResumeProfile p = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Senior Data Engineer", "ETL Developer");
        assertThat(p.experience()).extracting(Experience::dates)
                .containsExactly("Aug 2021 – Till Date", "Jul 2017 – Jul 2021");
        assertThat(p.projects()).extracting(Project::name)
                .containsExactly("Warehouse Stock Lake", "Claims Mart Migration");
        assertThat(p.skills()).contains("Informatica PowerCenter", "Python", "PostgreSQL")
                .doesNotContain("ETL Tools", "Languages", "Databases");
        assertThat(p.education()).hasSize(1);
        assertThat(p.toString()).doesNotContain("Seite").doesNotContain("Curriculum Vitae");
    }

    @Test
    void aRemotePlaceWithItsCityInBracketsIsNoEmployerAndTheSidebarEmailIsKept() throws Exception {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 24, 40, 740, "Rowan Ellery");
            ResumePdfBuilder.text(cs, BOLD, 11, 440, 745, "CONTACT");
            ResumePdfBuilder.text(cs, BOLD, 13, 40, 700, "PROFILE");
            ResumePdfBuilder.text(cs, REGULAR, 10, 440, 700, "rowan.ellery@example.com");
            ResumePdfBuilder.text(cs, REGULAR, 10, 440, 686, "+1 303 555 0199");
            ResumePdfBuilder.text(cs, REGULAR, 11, 40, 684, "Engineer who ships forecasting models to production.");
            ResumePdfBuilder.text(cs, BOLD, 13, 40, 650, "EXPERIENCE");
            ResumePdfBuilder.text(cs, BOLD, 12, 40, 630, "Machine Learning Engineer at Pinewick Logistics");
            ResumePdfBuilder.text(cs, REGULAR, 10, 40, 616, "Remote (Boulder, CO) · Jun 2019 – Feb 2022");
            ResumePdfBuilder.text(cs, REGULAR, 10, 52, 602, "• Built the arrival-time service used for every delivery.");
            ResumePdfBuilder.text(cs, BOLD, 12, 40, 580, "Data Analyst at Larkspur Outfitters");
            ResumePdfBuilder.text(cs, REGULAR, 10, 40, 566, "Denver, CO · Jul 2016 – May 2019");
            ResumePdfBuilder.text(cs, REGULAR, 10, 52, 552, "• Forecast weekly demand for 40 stores.");
        });
        ResumeProfile p = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();

        assertThat(p.email()).isEqualTo("rowan.ellery@example.com");
        assertThat(p.experience()).extracting(Experience::title)
                .containsExactly("Machine Learning Engineer", "Data Analyst");
        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Pinewick Logistics", "Larkspur Outfitters");
        assertThat(p.experience().get(0).location()).isEqualTo("Remote (Boulder, CO)");
    }
}
