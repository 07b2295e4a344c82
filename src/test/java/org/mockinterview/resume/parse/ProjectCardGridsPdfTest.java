package org.mockinterview.resume.parse;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Education;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Project;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockinterview.resume.fixtures.ResumePdfBuilder.text;

/**
 * Portfolio pages whose cards stand two to a row: the heading over the cards spans both columns and so does the next
 * one, a card may run longer than its neighbour, and each title may carry a link beside it. A sidebar with headings
 * of its own beside a main column with its own stays two columns.
 */
class ProjectCardGridsPdfTest {

    private static final PDType1Font REGULAR = new PDType1Font(FontName.HELVETICA);

    private static ResumeProfile parse(ResumePdfBuilder.PageDrawing page) throws IOException {
        return PdfResumes.parse(ResumePdfBuilder.onePage(page));
    }


    /** A card 230 pt wide: bold title, a note set flush with its right edge, then its lines 13 pt apart. */
    private static void card(PDPageContentStream cs, float x, float y, String title, String note, String... lines)
            throws IOException {
        text(cs, true, 12, x, y, title);
        text(cs, false, 9, x + 230 - REGULAR.getStringWidth(note) / 1000 * 9, y, note);
        for (int l = 0; l < lines.length; l++) {
            text(cs, false, 10, x, y - 16 - 13 * l, lines[l]);
        }
    }

    @Test
    void theHeadingAfterTheCardsEndsThemThoughItFitsTheLeftColumn() throws IOException {
        ResumeProfile profile = parse(cs -> {
            text(cs, true, 22, 40, 760, "Adaeze Lindgren");
            text(cs, false, 10, 40, 742, "adaeze.lindgren@example.org");
            text(cs, true, 16, 40, 700, "Open-source work");
            card(cs, 52, 670, "tidecheck", "2.1k", "Validates river sensor feeds against the tide tables",
                    "before they ever reach the forecasting models", "that warn the harbour.", "github.com/example/tidecheck");
            card(cs, 315, 670, "Ferry Planner", "2022", "Plans ferry crossings around the weather and",
                    "the tides with a small constraint solver.",
                    "Python  OR-Tools", "ferry.example.org");
            card(cs, 52, 580, "quietlog", "640", "Structured logging for long-running batch jobs, with",
                    "a cost report for every single step they take.",
                    "Rust  Tokio", "github.com/example/quietlog");
            card(cs, 315, 580, "Shelf Vision", "side project", "Counts the empty shelf slots in a shop from",
                    "phone photos with a small object detector.", "PyTorch  ONNX", "github.com/example/shelf-vision");
            // two headings on one row, then a lone one: the sections after the cards
            text(cs, true, 16, 40, 490, "Toolbox");
            text(cs, true, 16, 315, 490, "Languages");
            text(cs, false, 9, 45, 470, "Python   Rust   SQL   PyTorch   Airflow");
            text(cs, false, 9, 315, 470, "Igbo, native");
            text(cs, false, 9, 315, 456, "English, fluent");
            text(cs, false, 9, 315, 442, "Swedish, B2");
            text(cs, true, 16, 40, 410, "Education");
            text(cs, false, 9, 50, 390, "2016 – 2018");
            text(cs, true, 12, 50, 376, "MSc Statistics");
            text(cs, false, 10, 50, 362, "University of Example, Uppsala");
            text(cs, false, 9, 315, 390, "2012 – 2016");
            text(cs, true, 12, 315, 376, "BSc Mathematics");
            text(cs, false, 10, 315, 362, "Example State University, Enugu");
        });

        assertThat(profile.projects()).extracting(Project::name)
                .containsExactlyInAnyOrder("tidecheck", "Ferry Planner", "quietlog", "Shelf Vision");
        assertThat(profile.education()).extracting(Education::institution)
                .noneMatch(school -> school.contains("Swedish") || school.contains("Igbo"));
    }

    @Test
    void aLongerCardKeepsItsBulletsAndALinkBesideEachTitleStillOpensARowOfCards() throws IOException {
        ResumeProfile profile = parse(cs -> {
            text(cs, true, 22, 40, 760, "Tomas Eriksen-Bello");
            text(cs, false, 10, 40, 742, "tomas.eb@example.org");
            // full-width prose above and below: the cards are a band part-way down the page
            text(cs, false, 10, 40, 728, "Nurse turned data analyst who builds forecasts and dashboards for hospital "
                    + "wards and schools.");
            text(cs, false, 10, 40, 716, "Finished a full-time data bootcamp this year and looking for a junior "
                    + "analyst role in health.");
            text(cs, true, 12, 40, 702, "PROJECTS");
            card(cs, 50, 686, "Bedcast", "capstone.example.org", "Forecasts next-day ward occupancy",
                    "— Trained gradient boosting on four years of", "  synthetic admissions from three hospitals.",
                    "— A small web app lets the charge nurses", "  compare scenarios before the huddle.",
                    "Python  LightGBM  Streamlit");
            card(cs, 320, 686, "Gradepath", "github.com/example/gp", "Warehouse for school quiz results",
                    "— Star schema with tested models in dbt and", "  PostgreSQL for every school.",
                    "— Dashboards flag pupils whose scores drop.", "SQL  dbt  Metabase");
            text(cs, true, 12, 40, 560, "EXPERIENCE");
            text(cs, true, 10, 40, 542, "Data Analyst, Example Health Trust");
            text(cs, false, 10, 470, 542, "2023 – Present");
            text(cs, false, 10, 40, 528, "• Built the weekly bed-demand report for three hospitals and their planners.");
            text(cs, false, 10, 40, 514, "• Cleaned the admissions extract every Monday and wrote the checks that "
                    + "catch missing wards.");
            text(cs, false, 10, 40, 500, "• Trained two new colleagues on the reporting workflow and on SQL basics "
                    + "for ward managers.");
        });

        assertThat(profile.projects()).extracting(Project::name).containsExactly("Bedcast", "Gradepath");
        assertThat(profile.projects().get(0).highlights())
                .contains("Trained gradient boosting on four years of synthetic admissions from three hospitals.")
                .noneMatch(h -> h.contains("Star schema"));
    }

    @Test
    void aSidebarWithItsOwnHeadingsBesideAMainColumnWithItsOwnStaysTwoColumns() throws IOException {
        ResumeProfile profile = parse(cs -> {
            text(cs, true, 12, 40, 760, "Details");
            text(cs, false, 10, 40, 744, "Lisbon, Portugal");
            text(cs, false, 10, 40, 730, "+351 555 010 203");
            text(cs, true, 22, 200, 736, "Marta Quintal Reis");
            text(cs, true, 15, 200, 700, "Profile");
            text(cs, false, 10, 200, 682, "Data engineer who builds batch and streaming pipelines for logistics.");
            text(cs, true, 12, 40, 690, "Links");
            text(cs, false, 10, 40, 674, "marta.reis@example.org");
            text(cs, true, 15, 200, 650, "Employment History");
            text(cs, true, 12, 40, 640, "Skills");
            text(cs, false, 10, 40, 624, "Python");
            text(cs, false, 10, 40, 610, "Apache Spark");
            text(cs, false, 10, 40, 596, "dbt");
            text(cs, true, 11, 200, 628, "Senior Data Engineer at Vela Logistics, Lisbon");
            text(cs, false, 10, 200, 614, "Mar 2022 — Present");
            text(cs, false, 10, 210, 600, "Moved 120 nightly jobs to Airflow and cut the reporting delay to an hour.");
            text(cs, true, 12, 40, 570, "Languages");
            text(cs, false, 10, 40, 554, "Portuguese");
            text(cs, false, 10, 40, 540, "English");
            text(cs, true, 11, 200, 578, "Data Engineer at Quadra Seguros, Porto");
            text(cs, false, 10, 200, 564, "Sep 2019 — Feb 2022");
            text(cs, false, 10, 210, 550, "Built the Spark jobs behind the claims history used by the fraud team.");
        });

        assertThat(profile.experience()).extracting(Experience::title)
                .containsExactly("Senior Data Engineer", "Data Engineer");
        assertThat(profile.experience()).extracting(Experience::dates).doesNotContainNull();
    }
}
