package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockinterview.resume.fixtures.ResumePdfBuilder.text;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

/**
 * An AltaCV-style page: a left sidebar whose "Strengths" section holds skill tags, beside a main column whose employer
 * line may share its baseline with a sidebar heading. The employer is no caption of that heading, and the tags are
 * skills.
 */
class AltaCvSidebarPdfTest {

    @Test
    void theEmployerBesideASidebarHeadingStaysAndStrengthTagsAreSkills() throws IOException {
        ResumeProfile profile = PdfResumes.parse(ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 24, 34, 810, "Ingrid Solbakken");
            text(cs, false, 10, 34, 794, "ingrid.solbakken@example.org    +47 555 01 234    Oslo, Norway");
            text(cs, true, 16, 34, 740, "MY PHILOSOPHY");
            text(cs, false, 11, 38, 722, "A model nobody uses is a very");
            text(cs, false, 11, 38, 708, "expensive notebook.");
            text(cs, true, 16, 34, 680, "STRENGTHS");
            text(cs, false, 11, 38, 662, "Forecasting    Python    SQL");
            text(cs, false, 11, 38, 646, "PyTorch    Spark    Airflow");
            text(cs, true, 16, 34, 610, "LANGUAGES");
            text(cs, false, 11, 38, 592, "Norwegian");
            text(cs, false, 11, 38, 578, "English");

            text(cs, true, 16, 225, 776, "EXPERIENCE");
            String[][] jobs = {{"Lead Data Scientist", "Fjellkraft Energy", "Mar 2021 – Present",
                "Lead the forecasting team of five for the power desk."},
                {"Senior Data Scientist", "Kystmat Groceries", "Sep 2017 – Feb 2021",
                    "Owned the price-elasticity models for forty thousand products."},
                {"Data Analyst", "Bergen Mutual", "Aug 2014 – Aug 2017",
                    "Built the claims-frequency models for motor insurance pricing."}};
            // the second employer shares its baseline (680) with the sidebar's STRENGTHS heading on the left
            float y = 756;
            for (String[] job : jobs) {
                text(cs, true, 14, 225, y, job[0]);
                text(cs, true, 12, 225, y - 14, job[1]);
                text(cs, false, 11, 225, y - 28, job[2]);
                text(cs, false, 12, 235, y - 42, job[3]);
                y -= 62;
            }
        }));

        assertThat(profile.experience()).extracting(Experience::organization)
                .containsExactly("Fjellkraft Energy", "Kystmat Groceries", "Bergen Mutual");
        assertThat(profile.skills()).contains("Python", "SQL", "PyTorch");
    }
}
