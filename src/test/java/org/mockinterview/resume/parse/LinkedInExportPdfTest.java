package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockinterview.resume.fixtures.ResumePdfBuilder.text;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

/**
 * A LinkedIn "Save to PDF" export: the sidebar's headings and the main column's employers share one size, so that
 * size heads sections only in the sidebar; an employer named "… Research Centre" is no research section.
 */
class LinkedInExportPdfTest {

    @Test
    void employersSetLikeTheSidebarsHeadingsAreEntriesOfTheWorkSection() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, false, 15, 30, 780, "Contact");
            text(cs, false, 10, 30, 764, "wanjiru.kamau@example.org");
            text(cs, false, 15, 30, 730, "Top Skills");
            text(cs, false, 10, 30, 714, "Apache Spark");
            text(cs, false, 10, 30, 700, "dbt");
            text(cs, false, 15, 30, 670, "Languages");
            text(cs, false, 10, 30, 654, "Swahili (Native)");
            text(cs, false, 26, 200, 780, "Wanjiru Kamau");
            text(cs, false, 12, 200, 760, "Data Engineer at Msitu Payments");
            text(cs, false, 20, 200, 720, "Experience");
            text(cs, false, 15, 200, 696, "Msitu Payments");
            text(cs, false, 13, 200, 680, "Data Engineer");
            text(cs, false, 11, 200, 666, "January 2022 - Present (3 years)");
            text(cs, false, 11, 200, 652, "Built the card settlement pipelines in PySpark for finance.");
            text(cs, false, 15, 200, 626, "Ziwa Agritech");
            text(cs, false, 13, 200, 610, "Data Analyst");
            text(cs, false, 11, 200, 596, "June 2019 - December 2021 (2 years 7 months)");
            text(cs, false, 11, 200, 582, "Power BI dashboards on yields and input loans for field officers.");
            text(cs, false, 15, 200, 556, "Kivu Research Centre");
            text(cs, false, 13, 200, 540, "Research Assistant");
            text(cs, false, 11, 200, 526, "September 2017 - May 2019 (1 year 9 months)");
            text(cs, false, 11, 200, 512, "Survey data management in ODK and Stata.");
            text(cs, false, 20, 200, 480, "Education");
            text(cs, false, 15, 200, 456, "Lakeside University");
            text(cs, false, 11, 200, 440, "Bachelor of Science - BS, Statistics · (2013 - 2017)");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Msitu Payments", "Ziwa Agritech", "Kivu Research Centre");
        assertThat(p.sections()).extracting(ResumeProfile.Section::heading).doesNotContain("Ziwa Agritech",
                "Kivu Research Centre");
    }

    @Test
    void rolesSetInTheBodysSizeOverTheirDatesAndLengthAreRolesUnderTheirEmployer() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, false, 15, 30, 780, "Contact");
            text(cs, false, 10, 30, 764, "ravi.menon@example.org");
            text(cs, false, 26, 200, 780, "Ravi Menon");
            text(cs, false, 20, 200, 730, "Experience");
            text(cs, false, 12, 200, 706, "Harbourline Commerce");
            text(cs, false, 11, 200, 692, "4 years 8 months");
            text(cs, false, 11, 200, 676, "Engineering Manager - Data Platform");
            text(cs, false, 11, 200, 662, "April 2023 - Present (2 years 9 months)");
            text(cs, false, 11, 200, 648, "Pune, Maharashtra, India");
            text(cs, false, 11, 200, 632, "- Own the lakehouse that feeds search and finance reporting");
            text(cs, false, 11, 200, 614, "Senior Data Engineer");
            text(cs, false, 11, 200, 600, "May 2021 - March 2023 (1 year 11 months)");
            text(cs, false, 11, 200, 586, "Pune, Maharashtra, India");
            text(cs, false, 11, 200, 570, "- Migrated the Hive jobs to Spark on Kubernetes");
            text(cs, false, 20, 200, 536, "Education");
            text(cs, false, 12, 200, 512, "Lakeside Institute of Technology");
            text(cs, false, 11, 200, 496, "Bachelor of Engineering - BE, Computer Science · (2008 - 2012)");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.experience()).extracting(Experience::title)
                .containsExactly("Engineering Manager - Data Platform", "Senior Data Engineer");
        assertThat(p.experience()).extracting(Experience::organization)
                .containsOnly("Harbourline Commerce");
    }
}
