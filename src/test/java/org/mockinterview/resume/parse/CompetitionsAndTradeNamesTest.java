package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Project;

/**
 * Everyday template shapes: a competitions section whose entries name their platform first, an employer named by
 * its trade in capitals ("CASTLEGATE INSURANCE"), and an unbulleted line of what was done that holds a year.
 */
class CompetitionsAndTradeNamesTest {


    @Test
    void aKaggleSectionHoldsProjectsNamedAfterThePlatform() {
        ResumeProfile p = TextResumes.parse("""
                KAGGLE & COMPETITIONS
                Kaggle: Tidewater Parking Demand — Silver medal, 52nd of 1,410 teams (2024)
                Hourly occupancy forecasts for 40 car parks with gradient-boosted trees.
                DrivenData: Orchard Frost Alerts — 2nd place (2023)
                Night-time frost nowcasts from station readings.
                """);

        assertThat(p.projects()).extracting(Project::name)
                .containsExactly("Tidewater Parking Demand", "Orchard Frost Alerts");
    }

    @Test
    void anEmployerNamedByItsTradeIsNoPlaceAndALineOfWorkWithAYearHeadsNothing() {
        ResumeProfile p = TextResumes.parse("""
                EXPERIENCE
                DATA SCIENTIST | BRACKENRIDGE RETAIL GROUP | MAY 2022 – PRESENT
                Built the weekly demand forecast behind replenishment for 210 stores.
                Ran clearance-pricing tests across 40 stores and wrote the analysis behind the 2024
                clearance policy.
                GRADUATE ANALYST | FERNLEIGH INSURANCE | SEPT 2019 – AUG 2020
                Leeds
                Maintained the claims dashboards and automated month-end extracts.
                """);

        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("BRACKENRIDGE RETAIL GROUP", "FERNLEIGH INSURANCE");
    }

    @Test
    void aPlaceSetBeforeTheDatesIsNoSecondTitleLineAndALongOrganisationBesideItsTownJoinsTheHeader() {
        ResumeProfile p = TextResumes.parse("""
                Experience
                Data Engineer · Tollgate Fintech
                Pune · Jul 2020 → Mar 2023
                Designed the settlement reconciliation pipeline.
                Graduate Research Assistant                                     Sep. 2024 – Present
                Westmoor State University, Speech & Vision Lab                  Columbus, OH
                Built a probe set of 8k images with synthetic occlusions.
                """);

        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Tollgate Fintech", "Westmoor State University, Speech & Vision Lab");
    }

    @Test
    void europassShapesAnOpenItalianRangeAndADegreeInInformatica() {
        ResumeProfile p = TextResumes.parse("""
                ESPERIENZA LAVORATIVA
                [ 01/02/2023 – Attuale ]
                DATA SCIENTIST
                Felsani Analytics S.r.l.
                Modelli di previsione della domanda elettrica.
                ISTRUZIONE E FORMAZIONE
                [ 10/2018 – 07/2020 ]
                LAUREA MAGISTRALE IN INFORMATICA (LM-18)
                Università degli Studi di Valmora
                """);

        assertThat(p.experience()).extracting(Experience::dates).containsExactly("01/02/2023 – Attuale");
        // "Informatica" is computer science: no heading of "other information"
        assertThat(p.sections()).extracting(ResumeProfile.Section::heading)
                .containsExactly("ESPERIENZA LAVORATIVA", "ISTRUZIONE E FORMAZIONE");
        assertThat(p.education()).extracting(ResumeProfile.Education::degree)
                .contains("LAUREA MAGISTRALE IN INFORMATICA (LM-18)");
    }
}
