package org.mockinterview.resume.parse;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Several roles printed under one employer line, with a sentence about the company between them. */
class EmployerGroupsTest {

    @Test
    void rolesUnderAnEmployerLineAreAtThatEmployerAndTheLineIsNoRole() {
        List<Experience> e = new ResumeTextParser().parse("""
                Rosalind Achebe-Strand
                rosalind.as@example.net

                Experience
                Northgate Mutual Assurance                                  Leeds, UK
                A regional insurer covering 800,000 households.
                Lead Data Scientist, Claims Analytics                   Feb 2021 – Present
                  • Rebuilt the claims triage model in XGBoost, cutting handling time by 18%.
                  • Set up model monitoring for 12 production models.
                Senior Data Scientist                                   Jan 2018 – Jan 2021
                  • Built a flood-risk model from river gauge data.
                Pellow & Finch Consulting                                   Bristol, UK
                Analyst                                                 Jul 2015 – Dec 2017
                  • Ran price-elasticity studies for grocery clients.
                """).profile().experience();

        assertThat(e).extracting(Experience::title)
                .containsExactly("Lead Data Scientist, Claims Analytics", "Senior Data Scientist", "Analyst");
        assertThat(e).extracting(Experience::organization).containsExactly("Northgate Mutual Assurance",
                "Northgate Mutual Assurance", "Pellow & Finch Consulting");
    }

    @Test
    void anEntryWithoutDatesBeforeAnotherEntryIsNoEmployerWhenItNamesAJob() {
        List<Experience> e = new ResumeTextParser().parse("""
                Rosalind Achebe-Strand
                rosalind.as@example.net

                Experience
                Freelance Data Consultant
                  • Advised two charities on donor analytics.
                Data Analyst, Harbour Foods                              2016 – 2019
                  • Built weekly sales dashboards.
                """).profile().experience();

        assertThat(e).extracting(Experience::title).contains("Data Analyst");
        assertThat(e).extracting(Experience::organization).contains("Harbour Foods");
    }
}
