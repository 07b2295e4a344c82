package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockinterview.resume.fixtures.ResumePdfBuilder.text;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Project;

/**
 * A portfolio page: each section's number on a line of its own over its heading ("03." over "Hackathons"), a
 * "Capstone" section, cards whose bold title sits under a kicker in small type ("Bronze medal · 2024"), and the
 * name set large with a full stop.
 */
class PortfolioCardsPdfTest {

    @Test
    void cardsAreNamedByTheirTitlesAndSectionNumbersHeadNothing() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 32, 43, 780, "Tomasz Ferreira-Lund.");
            text(cs, false, 10, 43, 760, "tomasz.fl@example.com · github.com/tfl");
            text(cs, false, 10, 43, 732, "01.");
            text(cs, true, 17, 43, 716, "Experience");
            text(cs, true, 12, 43, 696, "Summer 2024");
            text(cs, true, 12, 150, 696, "Data Science Intern @ Northwind Dairy Cooperative");
            text(cs, false, 11, 150, 682, "Forecast daily milk intake for 12 plants with gradient boosting.");
            text(cs, false, 10, 43, 654, "02.");
            text(cs, true, 17, 43, 638, "Capstone");
            text(cs, false, 10, 53, 618, "DS 490 · Senior Capstone · Fall 2024 – Spring 2025");
            text(cs, true, 14, 53, 602, "Lake Ice Thickness Nowcast");
            text(cs, false, 11, 53, 588, "Fuses buoy sensors and satellite imagery to estimate ice thickness daily.");
            text(cs, false, 10, 43, 560, "03.");
            text(cs, true, 17, 43, 544, "Hackathons");
            text(cs, false, 10, 53, 524, "Prairie Hacks 2023 · Team lead · Best Civic Hack");
            text(cs, true, 14, 53, 508, "SnowRoute Bot");
            text(cs, false, 11, 53, 494, "SMS alerts for unplowed bus stops from the city's open data; built in 24 hours.");
            text(cs, false, 10, 43, 466, "04.");
            text(cs, true, 17, 43, 450, "Education");
            text(cs, true, 12, 150, 430, "University of Minnesota");
            text(cs, false, 11, 150, 416, "B.S. in Statistics · 2021 – 2025");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        // the display name closed by a full stop is still the name
        assertThat(p.name()).isEqualTo("Tomasz Ferreira-Lund");
        assertThat(p.projects()).extracting(Project::name)
                .containsExactly("Lake Ice Thickness Nowcast", "SnowRoute Bot");
    }
}
