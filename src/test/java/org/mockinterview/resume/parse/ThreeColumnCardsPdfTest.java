package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockinterview.resume.fixtures.ResumePdfBuilder.text;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Project;

/**
 * A portfolio page whose project cards stand three to a row, each bold title wrapping over two or three lines of a
 * narrow card and some under a kicker in small capitals ("HACKATHON · 2024"); and a list whose bold title is followed by
 * an indented bold caption, which is no wrap of the title.
 */
class ThreeColumnCardsPdfTest {

    /** A card 165 pt wide: optional kicker, title lines 14 pt apart, a stack line, then its text 12 pt apart. */
    private static void card(PDPageContentStream cs, float x, float y, String kicker, String[] title, String stack,
                             String... lines) throws IOException {
        if (kicker != null) {
            text(cs, true, 8, x, y + 14, kicker);
        }
        for (int t = 0; t < title.length; t++) {
            text(cs, true, 12, x, y - 14 * t, title[t]);
        }
        float below = y - 14 * title.length - 2;
        text(cs, false, 8, x, below, stack);
        for (int l = 0; l < lines.length; l++) {
            text(cs, false, 10, x, below - 16 - 12 * l, lines[l]);
        }
    }

    @Test
    void eachCardOfAThreeColumnRowKeepsItsWholeWrappedTitle() throws IOException {
        ResumeProfile profile = PdfResumes.parse(ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 24, 40, 780, "Ilse Marangoni");
            text(cs, false, 10, 40, 762, "ilse.marangoni@example.org · github.com/imarangoni");
            text(cs, false, 10, 40, 744, "Data scientist who turns the logs of ports, clinics and trams into "
                    + "forecasts that people plan their day by.");
            text(cs, true, 16, 40, 724, "Selected Projects");
            card(cs, 40, 690, null, new String[] {"Harbour Crane Downtime", "Forecaster"},
                    "Python · LightGBM", "Predicts crane breakdowns from", "the maintenance logs of a port,",
                    "a day ahead of each shift, so the", "planners can move the ships to", "another berth in time.");
            card(cs, 225, 690, "HACKATHON · 2024 WINNER", new String[] {"Clinic Pollen Alert Platform", "Prototype"},
                    "Kotlin · FastAPI", "Sends a morning alert when the", "forecast pollen count crosses a",
                    "patient's own threshold.");
            card(cs, 410, 690, null, new String[] {"Tram Punctuality Under", "Rain and Snow, Stop by",
                    "Stop"}, "R · DuckDB", "Joins five years of tram logs", "with hourly weather to find the",
                    "stops that suffer most in rain.");
            text(cs, true, 16, 40, 560, "Experience");
            text(cs, true, 11, 40, 540, "Data Analyst, Example Port Authority");
            text(cs, false, 10, 470, 540, "2022 – Present");
            text(cs, false, 10, 40, 526, "• Built the weekly berth-occupancy report used by the planning office and "
                    + "the harbour master.");
            text(cs, false, 10, 40, 512, "• Moved the crane maintenance logs from spreadsheets into PostgreSQL and "
                    + "wrote the nightly checks.");
        }));

        assertThat(profile.projects()).extracting(Project::name).containsExactlyInAnyOrder(
                "Harbour Crane Downtime Forecaster", "Clinic Pollen Alert Platform Prototype",
                "Tram Punctuality Under Rain and Snow, Stop by Stop");
    }

    @Test
    void anIndentedBoldCaptionUnderATitleIsNoWrapOfIt() throws IOException {
        ResumeProfile profile = PdfResumes.parse(ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 24, 40, 780, "Ravi Kulkarni-Shah");
            text(cs, false, 10, 40, 762, "ravi.ks@example.org");
            text(cs, true, 13, 40, 730, "ACADEMIC PROJECTS");
            String[][] items = {
                {"Leaf Blight Detection with a Small CNN (Final Year)", "Technology: Python, Keras",
                    "Classified nine leaf diseases from phone photos taken by farmers in the field."},
                {"Bus Ticket Demand Forecast", "Technology: R, Prophet",
                    "Forecast daily ticket sales for a city depot from three years of sales."},
                {"Campus Canteen Feedback Board", "Technology: MySQL, Power BI",
                    "Collected feedback from 500 students and built a rating dashboard."}};
            float y = 710;
            for (String[] item : items) {
                text(cs, true, 11, 40, y, item[0]);
                text(cs, true, 11, 52, y - 13, item[1]);
                text(cs, false, 11, 52, y - 26, item[2]);
                y -= 46;
            }
        }));

        assertThat(profile.projects()).extracting(Project::name).allMatch(name -> !name.contains("Technology"))
                .hasSize(3);
    }

    @Test
    void aRowOfBoldToolChipsUnderACardOpensNoProject() throws IOException {
        ResumeProfile profile = PdfResumes.parse(ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 24, 40, 780, "Joaquín Ferreyra");
            text(cs, false, 10, 40, 762, "joaquin.ferreyra@example.org");
            text(cs, true, 16, 40, 730, "Projects");
            String[][] cards = {{"Bus Bunching Alerts", "Personal project · 2024", "Flags buses that run too close"
                + " together from open GPS feeds.", "Python", "LightGBM", "FastAPI", "Docker"},
                {"Grape Harvest Forecast", "Freelance · 2023", "Estimates the harvest per block from satellite"
                    + " images and rainfall.", "scikit-learn", "PostgreSQL", "Airflow", "Docker"}};
            float y = 706;
            for (String[] card : cards) {
                text(cs, true, 13, 40, y, card[0]);
                text(cs, false, 10, 40, y - 15, card[1]);
                text(cs, false, 11, 40, y - 30, card[2]);
                for (int t = 3; t < card.length; t++) {
                    text(cs, true, 9, 45 + 70 * (t - 3), y - 48, card[t]);
                }
                text(cs, false, 11, 40, y - 66, "View on GitHub");
                y -= 96;
            }
        }));

        assertThat(profile.projects()).extracting(Project::name)
                .containsExactly("Bus Bunching Alerts", "Grape Harvest Forecast");
    }
}
