package org.mockinterview.resume.parse;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.profile.ResumeProfile.Education;
import org.mockinterview.resume.profile.ResumeProfile.Project;
import org.mockinterview.resume.profile.ResumeProfile.Section;
import org.mockinterview.resume.profile.ResumeProfile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Education, software and section layouts that survive as plain text. */
class ResumeTextParserSectionsTest {

    private static ResumeProfile parse(String body) {
        return new ResumeTextParser().parse("Mara Lindqvist\nmara.lindqvist@example.org\n\n" + body).profile();
    }

    @Test
    void degreesUnderOneInstitutionLineShareIt() {
        List<Education> e = parse("""
                EDUCATION
                Lakeside University
                MSc Data Science          2017 – 2019
                BSc Mathematics          2013 – 2017
                """).education();

        assertThat(e).extracting(Education::institution).containsExactly("Lakeside University", "Lakeside University");
        assertThat(e).extracting(Education::degree).containsExactly("MSc Data Science", "BSc Mathematics");
        assertThat(e).extracting(Education::dates).containsExactly("2017 – 2019", "2013 – 2017");
    }

    @Test
    void twoInstitutionBlocksEachWithTheirDegrees() {
        List<Education> e = parse("""
                EDUCATION
                Riverbend Institute of Technology
                MSc Data Science          2017 – 2019
                BSc Mathematics          2013 – 2017
                Lakeside University
                BSc Physics          2010 – 2013
                """).education();

        assertThat(e).extracting(Education::institution).containsExactly("Riverbend Institute of Technology",
                "Riverbend Institute of Technology", "Lakeside University");
    }

    @Test
    void datedEducationItemsWithSchoolOrDegreeAreEntries() {
        List<Education> e = parse("""
                EDUCATION
                BSc Physics, Lakeside University          2013 – 2017
                MSc Data Science, Riverbend Institute          2017 – 2019
                HSC, Hillcrest College          2011 – 2013
                """).education();

        assertThat(e).extracting(Education::degree).containsExactly("BSc Physics", "MSc Data Science", "HSC");
        assertThat(e).extracting(Education::institution)
                .containsExactly("Lakeside University", "Riverbend Institute", "Hillcrest College");
    }

    @Test
    void bulletedEducationItemsWithDateCells() {
        List<Education> e = parse("""
                EDUCATION
                • BSc Physics, Lakeside University          2013 – 2017
                • MSc Data Science, Riverbend Institute          2017 – 2019
                """).education();

        assertThat(e).extracting(Education::degree).containsExactly("BSc Physics", "MSc Data Science");
    }

    @Test
    void degreeAndInstitutionSplitAtConnectors() {
        List<Education> e = parse("""
                EDUCATION
                MSc in Computer Science in RIVERTECH          2017 – 2019
                PhD in Statistics at Lakeside Laboratory          2019 – 2023
                """).education();

        assertThat(e).extracting(Education::degree).containsExactly("MSc in Computer Science", "PhD in Statistics");
        assertThat(e).extracting(Education::institution).containsExactly("RIVERTECH", "Lakeside Laboratory");
    }

    @Test
    void aProgrammeBesideAnInstitutionIsTheDegree() {
        assertThat(parse("EDUCATION\nSemester Abroad | Lakeside University          2016\n").education())
                .singleElement().extracting(Education::institution, Education::degree)
                .containsExactly("Lakeside University", "Semester Abroad");
    }

    @Test
    void citationStyleSoftwareList() {
        List<Project> p = parse("""
                SOFTWARE
                Lindqvist, M. (2023). ledgerline: A budgeting library for Kotlin.
                Lindqvist, M., & Osei, K. (2021). tidyquill: Tools for tidy notes. R package.
                """).projects();

        assertThat(p).extracting(Project::name).containsExactly("ledgerline", "tidyquill");
    }

    @Test
    void citationStyleSummaryDescribesTheWork() {
        Project p = parse("SOFTWARE\nLindqvist, M. (2023). ledgerline: A budgeting library for Kotlin.\n").projects()
                .get(0);

        assertThat(p.summary()).contains("budgeting library");
    }

    @Test
    void appositiveOpenSourceSection() {
        List<Project> p = parse("""
                OPEN SOURCE
                Author of ledgerline, a library for budgeting in Kotlin used by several small teams. I also maintain quillmark, an editor plugin for structured notes.
                """).projects();

        assertThat(p).extracting(Project::name).containsExactly("ledgerline", "quillmark");
        assertThat(p.get(1).summary()).startsWith("I also maintain quillmark");
    }

    @Test
    void numberedProjectsLoseNumbersLinksAndPeriods() {
        List<Project> p = parse("""
                PROJECTS
                1- Ledgerline (github.com/mlind/ledgerline)          2022
                • Budgeting library for Kotlin
                2- Quillmark.          2021
                • Editor plugin for structured notes
                """).projects();

        assertThat(p).extracting(Project::name).containsExactly("Ledgerline", "Quillmark");
        assertThat(p).extracting(Project::dates).containsExactly("2022", "2021");
    }

    @Test
    void headingVocabularyDecidesSectionKinds() {
        ResumeProfile p = parse("""
                TECH STACK
                Kotlin, Go, PostgreSQL, Kubernetes

                GRANTS
                Open Science Microgrant, 2021

                RESEARCH INTERESTS
                Software craftsmanship, distributed systems

                CONTRIBUTIONS
                Quillmark          2020
                • Editor plugin for structured notes
                """);

        assertThat(p.sections()).extracting(Section::kind).containsExactly("skills", "awards", "interests", "projects");
        assertThat(p.skills()).contains("Kotlin", "PostgreSQL");
        assertThat(p.projects()).extracting(Project::name).containsExactly("Quillmark");
    }
}
