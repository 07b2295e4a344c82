package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

/** A dated break from work in the timeline is no job and takes none of the next job's lines. */
class CareerBreaksTest {

    @Test
    void aBreakBetweenTwoJobsIsNoEntry() {
        ResumeProfile p = TextResumes.parse("""
                Esperienza
                feb 2024 – oggi
                Officina Dati Ravenna S.r.l.
                Analista dati
                • Reportistica settimanale delle consegne in Power BI.
                set 2021 – gen 2024 · Pausa di carriera: congedo parentale
                mag 2015 – ago 2021
                Trasporti Adriatici S.p.A.
                Sviluppatore BI
                • Cruscotti mensili per 40 filiali.
                """);

        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Officina Dati Ravenna S.r.l.", "Trasporti Adriatici S.p.A.");
        assertThat(p.experience()).extracting(Experience::dates).containsExactly("feb 2024 – oggi", "mag 2015 – ago 2021");
    }

    @Test
    void aCareerGapLineAfterTheJobsIsNoEntry() {
        ResumeProfile p = TextResumes.parse("""
                Experience
                Platform Engineer @ Tallowmere
                May 2019 → Present · Glasgow
                • Runs the event pipeline that lands 4 TB a day.
                Career gap Jan 2018 – Apr 2019: cared for a parent and took an evening course in statistics.
                """);

        assertThat(p.experience()).extracting(Experience::organization).containsExactly("Tallowmere");
    }
}
