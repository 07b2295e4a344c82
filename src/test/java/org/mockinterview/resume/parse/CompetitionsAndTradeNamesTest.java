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
                Ran loyalty-voucher tests in 25 shops and wrote the memo behind the 2023
                voucher budget.
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
                ML Engineer · Gannet Payments
                Leeds · Feb 2019 → Nov 2022
                Designed the settlement reconciliation pipeline.
                Graduate Research Assistant                                     Sep. 2024 – Present
                Halden State University, Language Lab                           Tulsa, OK
                Built a probe set of 8k images with synthetic occlusions.
                """);

        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Gannet Payments", "Halden State University, Language Lab");
    }

    @Test
    void europassShapesAnOpenItalianRangeAndADegreeInInformatica() {
        ResumeProfile p = TextResumes.parse("""
                ESPERIENZA LAVORATIVA
                [ 03/04/2022 – Attuale ]
                ML ENGINEER
                Corvino Dati S.r.l.
                Pipeline di raccomandazione per librerie online.
                ISTRUZIONE E FORMAZIONE
                [ 10/2018 – 07/2020 ]
                LAUREA MAGISTRALE IN INFORMATICA (LM-18)
                Università degli Studi di Valmora
                """);

        assertThat(p.experience()).extracting(Experience::dates).containsExactly("03/04/2022 – Attuale");
        // "Informatica" is computer science: no heading of "other information"
        assertThat(p.sections()).extracting(ResumeProfile.Section::heading)
                .containsExactly("ESPERIENZA LAVORATIVA", "ISTRUZIONE E FORMAZIONE");
        assertThat(p.education()).extracting(ResumeProfile.Education::degree)
                .contains("LAUREA MAGISTRALE IN INFORMATICA (LM-18)");
    }
}
