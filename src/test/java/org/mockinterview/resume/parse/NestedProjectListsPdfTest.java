package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockinterview.resume.fixtures.ResumePdfBuilder.text;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Project;

/**
 * A job-portal CV lists each job's projects under an indented "Key projects handled:" label: the projects are
 * projects, and the jobs after the first list stay jobs.
 */
class NestedProjectListsPdfTest {

    @Test
    void theJobsAfterAJobsProjectListStayJobs() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            firstJob(cs);
            text(cs, true, 10, 80, 670, "Key projects handled:");
            text(cs, true, 10, 150, 654, "Depot Dwell Tracker");
            text(cs, false, 10, 150, 641, "Streaming dwell-time alerts with Flink and PostgreSQL.");
            text(cs, true, 10, 150, 625, "Pallet Vision");
            text(cs, false, 10, 150, 612, "Damage detection on loading-bay images with PyTorch.");
            text(cs, true, 12, 45, 590, "Data Analyst, Mirelle Retail Group");
            text(cs, false, 10, 45, 576, "June 2018 - March 2021");
            text(cs, false, 10, 57, 562, "Weekly basket analysis in SQL and Tableau for the category managers.");
            text(cs, true, 10, 80, 544, "Key projects handled:");
            text(cs, true, 10, 150, 528, "Markdown Optimiser");
            text(cs, false, 10, 150, 515, "Price elasticity models in R for end-of-season clearance.");
            text(cs, true, 12, 45, 493, "Junior Analyst, Quayside Telecom");
            text(cs, false, 10, 45, 479, "July 2016 - May 2018");
            text(cs, false, 10, 57, 465, "Churn reports for the retention desk.");
            text(cs, true, 14, 45, 437, "EDUCATION");
            text(cs, true, 12, 45, 417, "University of Leeds");
            text(cs, false, 10, 45, 403, "BSc Mathematics, 2013 - 2016");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Korvane Freight", "Mirelle Retail Group", "Quayside Telecom");
        assertThat(p.projects()).extracting(Project::name)
                .containsExactly("Depot Dwell Tracker", "Pallet Vision", "Markdown Optimiser");
    }

    @Test
    void aListLabelSetSmallerThanTheHeadingsAndBarelyIndentedIsNoSection() throws IOException {
        // headings told apart by weight and capitals alone, in the body's size; the label a point smaller
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 20, 40, 780, "Tamsin Oduya-Brandt");
            text(cs, false, 11, 40, 764, "tamsin.ob@example.org");
            text(cs, true, 11, 40, 736, "EXPERIENCE");
            text(cs, true, 11, 40, 718, "Senior Data Engineer · Korvane Freight");
            text(cs, false, 11, 460, 718, "2021 – Present");
            text(cs, false, 11, 52, 703, "Own the shipment event pipeline on Kafka and Spark for 40 depots.");
            text(cs, true, 10, 49, 684, "KEY PROJECTS:");
            text(cs, true, 11, 49, 670, "Depot Dwell Tracker: streaming dwell-time alerts with Flink and PostgreSQL.");
            text(cs, true, 11, 49, 655, "Pallet Vision: damage detection on loading-bay images with PyTorch.");
            text(cs, true, 11, 40, 632, "Data Analyst · Mirelle Retail Group");
            text(cs, false, 11, 460, 632, "2018 – 2021");
            text(cs, false, 11, 52, 617, "Weekly basket analysis in SQL and Tableau for the category managers.");
            text(cs, true, 11, 40, 590, "EDUCATION");
            text(cs, true, 11, 40, 572, "BSc Mathematics · University of Leeds");
            text(cs, false, 11, 460, 572, "2013 – 2016");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Korvane Freight", "Mirelle Retail Group");
        assertThat(p.projects()).extracting(Project::name).containsExactly("Depot Dwell Tracker", "Pallet Vision");
    }

    @Test
    void aBoldDutiesLabelWithoutItsColonHeadsNoEntry() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            firstJob(cs);
            text(cs, true, 10, 45, 672, "Duties and Responsibilities");
            text(cs, false, 10, 57, 658, "Kept the depot scanners' event feed under five minutes behind.");
            text(cs, true, 12, 45, 636, "Data Analyst, Mirelle Retail Group");
            text(cs, false, 10, 45, 622, "June 2018 - March 2021");
            text(cs, true, 10, 45, 608, "Duties and Responsibilities");
            text(cs, false, 10, 57, 594, "Weekly basket analysis in SQL and Tableau for the category managers.");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Korvane Freight", "Mirelle Retail Group");
        assertThat(p.experience().get(1).highlights()).containsExactly(
                "Weekly basket analysis in SQL and Tableau for the category managers.");
    }

    @Test
    void aProjectsSectionOfItsOwnKeepsItsDatedProjects() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            firstJob(cs);
            text(cs, true, 14, 45, 660, "PROJECTS");
            text(cs, true, 12, 45, 640, "Depot Dwell Tracker");
            text(cs, false, 10, 45, 626, "2022 - 2023");
            text(cs, false, 10, 57, 612, "Streaming dwell-time alerts with Flink and PostgreSQL.");
            text(cs, true, 12, 45, 590, "Pallet Vision");
            text(cs, false, 10, 45, 576, "2020");
            text(cs, false, 10, 57, 562, "Damage detection on loading-bay images with PyTorch.");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.experience()).extracting(Experience::organization).containsExactly("Korvane Freight");
        assertThat(p.projects()).extracting(Project::name).containsExactly("Depot Dwell Tracker", "Pallet Vision");
    }

    @Test
    void aTitleCaseProjectsLabelAmongCapitalHeadingsBelongsToItsJob() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 20, 45, 780, "Tamsin Oduya-Brandt");
            text(cs, false, 10, 45, 764, "tamsin.ob@example.org");
            text(cs, true, 12, 45, 736, "WORK EXPERIENCE");
            text(cs, true, 11, 45, 716, "Senior Data Engineer | Korvane Freight, Hull");
            text(cs, false, 10, 45, 702, "Apr 2021 – Till Date");
            text(cs, false, 10, 45, 688, "• Own the shipment event pipeline on Kafka and Spark for 40 depots.");
            text(cs, true, 12, 45, 670, "Key Projects:");
            text(cs, false, 10, 52, 656, "• Depot Dwell Tracker – streaming dwell-time alerts with Flink.");
            text(cs, false, 10, 52, 642, "• Pallet Vision – damage detection on loading-bay images with PyTorch.");
            text(cs, true, 11, 45, 620, "Data Analyst | Mirelle Retail Group, York");
            text(cs, false, 10, 45, 606, "Jun 2018 – Mar 2021");
            text(cs, false, 10, 45, 592, "• Weekly basket analysis in SQL and Tableau for the category managers.");
            text(cs, true, 12, 45, 566, "EDUCATION");
            text(cs, true, 11, 45, 548, "BSc Mathematics | University of Leeds");
            text(cs, false, 10, 45, 534, "2013 – 2016");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Senior Data Engineer", "Data Analyst");
        assertThat(p.projects()).extracting(Project::name).containsExactly("Depot Dwell Tracker", "Pallet Vision");
    }

    /** The candidate, the work heading and the first job, as both layouts print them. */
    private static void firstJob(PDPageContentStream cs) throws IOException {
        text(cs, true, 20, 45, 780, "Tamsin Oduya-Brandt");
        text(cs, false, 10, 45, 764, "tamsin.ob@example.org");
        text(cs, true, 14, 45, 736, "WORK HISTORY");
        text(cs, true, 12, 45, 716, "Senior Data Engineer, Korvane Freight");
        text(cs, false, 10, 45, 702, "April 2021 - Till Date");
        text(cs, false, 10, 57, 688, "Own the shipment event pipeline on Kafka and Spark for 40 depots.");
    }
}
