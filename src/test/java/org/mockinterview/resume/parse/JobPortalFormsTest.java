package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Project;

/**
 * Job-portal resumes: an experience table whose serial-number header ran into the next one ("S.No Organization"),
 * and project blocks of labelled rows, where "Role" is the candidate's part and "Duration" the project's dates.
 */
class JobPortalFormsTest {

    @Test
    void aSerialNumberColumnRunIntoTheNextHeaderStillReadsTheTable() {
        ResumeProfile p = new ResumeTextParser().parse("""
                Lakshmi Narayanan
                lakshmi.n@example.com

                Work Experience
                S.No Organization                     Designation           Duration
                1      Tamarind Data Labs Pvt. Ltd.     Data Engineer         Jun 2021 – Till Date
                2      Neem Retail Services Ltd.        Analyst               Jul 2018 – May 2021

                Technical Skills
                Python, SQL, PySpark
                """).profile();

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Data Engineer", "Analyst");
        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Tamarind Data Labs Pvt. Ltd.", "Neem Retail Services Ltd.");
    }

    @Test
    void anEmployerJoinedToItsTownByAHyphenIsTheEmployer() {
        ResumeProfile p = new ResumeTextParser().parse("""
                Dana Whitlow
                dana.whitlow@example.com

                Work Experience
                Senior Data Analyst
                Quarry Mutual Health-Dayton, OH
                March 2020 to Present
                • Build claims dashboards for the operations team
                Data Analyst
                Fenwick Home Goods-Winston-Salem, NC
                June 2017 to February 2020
                • Produced weekly sales reports in Excel

                Skills
                SQL, Excel
                """).profile();

        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Quarry Mutual Health", "Fenwick Home Goods");
        assertThat(p.experience()).extracting(Experience::location).containsExactly("Dayton, OH", "Winston-Salem, NC");
    }

    @Test
    void jobsToldAsSentencesGiveTitleAndEmployer() {
        ResumeProfile p = new ResumeTextParser().parse("""
                Lakshmi Narayanan
                lakshmi.n@example.com

                Professional Experience
                Currently working as Data Engineer in Tamarind Data Labs Pvt. Ltd., Chennai from Jul'21 to till date.
                Worked as Trainee – ETL in Neem Retail Services Ltd., Madurai from Jan'19 to Jun'21.

                Technical Skills
                Python, SQL, PySpark
                """).profile();

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Data Engineer", "Trainee – ETL");
        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Tamarind Data Labs Pvt. Ltd., Chennai", "Neem Retail Services Ltd., Madurai");
    }

    @Test
    void twoHeadersRunIntoOneCellAndAWrappedHeaderStillReadTheEducationTable() {
        ResumeProfile p = new ResumeTextParser().parse("""
                Lakshmi Narayanan
                lakshmi.n@example.com

                Educational Qualification
                Qualification     Institute                           Board / University      Year Percentage
                B.Tech (CSE)      Tamarind Institute of Technology    Coastal University      2019   78.2%
                Intermediate      Neem Junior College                 Board of Intermediate   2015   91.0%

                Technical Skills
                Python, SQL, PySpark
                """).profile();

        assertThat(p.education()).extracting(ResumeProfile.Education::institution)
                .containsExactly("Tamarind Institute of Technology", "Neem Junior College");
    }

    @Test
    void aProjectBlocksTitleNamesItAndItsRoleAndClientDoNot() {
        ResumeProfile p = new ResumeTextParser().parse("""
                Lakshmi Narayanan
                lakshmi.n@example.com

                Project Details
                Project #1
                Project Title:   Monsoon Demand Planner
                Client:          A cement manufacturer
                Duration:        Jan 2022 – Till Date
                Role:            Data Engineer
                Team Size:       7
                Environment:     Azure Data Factory, PySpark, Power BI
                Roles & Responsibilities:   Built the weekly demand features in PySpark.
                Project #2
                Project Title:   Depot Stock Alerts
                Client:          A paint distributor
                Duration:        Mar 2020 – Dec 2021
                Role:            Analyst
                Environment:     Python, SQL Server

                Technical Skills
                Python, SQL, PySpark
                """).profile();

        assertThat(p.projects()).extracting(Project::name).containsExactly("Monsoon Demand Planner", "Depot Stock Alerts");
        assertThat(p.projects().get(0).technologies()).contains("PySpark");
    }
}
