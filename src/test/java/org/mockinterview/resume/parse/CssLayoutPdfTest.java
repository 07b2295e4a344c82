package org.mockinterview.resume.parse;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Project;
import org.mockinterview.resume.profile.ResumeProfile.Section;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockinterview.resume.fixtures.ResumePdfBuilder.text;

/**
 * Layouts that HTML and CSS print to PDF: columns that start part-way down a page (headings set side by side, a grid
 * of project cards under a full-width section), headings with a smaller subtitle on their baseline, and project
 * names set in bold that run straight into their description.
 */
class CssLayoutPdfTest {

    private static final PDType1Font REGULAR = new PDType1Font(FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(FontName.HELVETICA_BOLD);

    private static ResumeProfile parse(ResumePdfBuilder.PageDrawing page) throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 22, 50, 740, "Ines Okafor");
            ResumePdfBuilder.text(cs, REGULAR, 10, 50, 722, "ines.okafor@example.org");
            page.draw(cs);
        });
        return PdfResumes.parse(pdf);
    }


    /** A date right-aligned in a gutter that ends 12 pt left of the text column at x 140. */
    private static void gutter(PDPageContentStream cs, float y, String s) throws IOException {
        text(cs, false, 10, 128 - REGULAR.getStringWidth(s) / 1000 * 10, y, s);
    }

    /** "Name what it does": the name in bold, the description in regular type on the same line. */
    private static void runIn(PDPageContentStream cs, float x, float y, String name, String rest) throws IOException {
        text(cs, true, 10, x, y, name);
        text(cs, false, 10, x + BOLD.getStringWidth(name + " ") / 1000 * 10, y, rest);
    }

    @Test
    void headingsSetSideBySideOpenOneColumnEachAndACaptionBesideAHeadingIsDropped() throws IOException {
        ResumeProfile profile = parse(cs -> {
            text(cs, true, 15, 50, 690, "Experience");
            text(cs, false, 9, 140, 690, "what I did");
            text(cs, true, 11, 50, 668, "Data Scientist, Brightline Analytics");
            text(cs, false, 10, 480, 668, "2021 – 2024");
            text(cs, false, 10, 50, 654, "• Built churn models in Python that cut cancellations by 12% across two markets.");
            text(cs, false, 10, 50, 640, "• Ran pricing experiments with sequential tests for the subscriptions team.");
            text(cs, true, 11, 50, 618, "Analyst, Harbor Freight Lines");
            text(cs, false, 10, 480, 618, "2019 – 2021");
            text(cs, false, 10, 50, 604, "• Forecast weekly shipping volume with gradient boosting and SQL pipelines.");
            // two headings on one row: a band of two columns starts here
            text(cs, true, 15, 50, 570, "Education");
            text(cs, true, 15, 310, 570, "Projects");
            text(cs, true, 10, 50, 548, "University of Lagos");
            text(cs, false, 10, 50, 534, "BSc Statistics");
            text(cs, false, 10, 50, 520, "2015 – 2019");
            text(cs, true, 10, 50, 498, "Kaduna Data School");
            text(cs, false, 10, 50, 484, "Certificate in Data Engineering");
            text(cs, false, 10, 50, 470, "2020");
            runIn(cs, 310, 548, "Tidewatch", "forecasts river levels from");
            text(cs, false, 10, 530, 548, "2023");
            text(cs, false, 10, 310, 534, "sensor feeds with LightGBM and alerts");
            text(cs, false, 10, 310, 520, "towns six hours earlier.");
            runIn(cs, 310, 498, "Ledgerly", "reconciles invoices against");
            text(cs, false, 10, 310, 484, "bank lines with fuzzy matching in");
            text(cs, false, 10, 310, 470, "pandas, saving a day each month.");
        });

        assertThat(profile.sections()).extracting(Section::kind).contains("experience", "education", "projects");
        assertThat(profile.sections()).extracting(Section::heading).contains("Experience")
                .noneMatch(h -> h.contains("what I did"));
        assertThat(profile.experience()).extracting(ResumeProfile.Experience::organization)
                .containsExactly("Brightline Analytics", "Harbor Freight Lines");
        assertThat(profile.education()).extracting(ResumeProfile.Education::institution)
                .containsExactly("University of Lagos", "Kaduna Data School");
        assertThat(profile.projects()).extracting(Project::name).containsExactly("Tidewatch", "Ledgerly");
        assertThat(profile.projects().get(0).summary()).contains("forecasts river levels from sensor feeds")
                .doesNotContain("2023");
        assertThat(profile.projects().get(0).dates()).isEqualTo("2023");
        assertThat(profile.projects().get(0).technologies()).contains("LightGBM");
    }

    @Test
    void aGridOfProjectCardsIsReadCardByCard() throws IOException {
        ResumeProfile profile = parse(cs -> {
            text(cs, true, 15, 50, 690, "Projects");
            float[] rows = {650, 570};
            // body lines wrap at the card's width, as a CSS grid sets them
            String[][][] cards = {
                {{"Tidewatch", "2023"}, {"Forecasts river levels from sensor feeds", "and warns towns six hours earlier.",
                    "Python · LightGBM · Kafka"}},
                {{"Ledgerly", "2022"}, {"Reconciles invoices against bank lines", "with fuzzy matching, saving a day.",
                    "pandas · SQL · Airflow"}},
                {{"Quill Search", "2021"}, {"Ranks support articles for agents in", "live chat by what the customer asks.",
                    "Elasticsearch · FastAPI"}},
                {{"Parcel Pulse", "2020"}, {"Predicts which parcels will arrive late", "a day before they are dispatched.",
                    "XGBoost · Spark · dbt"}}};
            for (int k = 0; k < cards.length; k++) {
                float x = k % 2 == 0 ? 50 : 320;
                float y = rows[k / 2];
                text(cs, true, 12, x, y, cards[k][0][0]);
                text(cs, false, 10, x + 200, y, cards[k][0][1]);
                for (int l = 0; l < cards[k][1].length; l++) {
                    text(cs, false, 10, x, y - 16 - 13 * l, cards[k][1][l]);
                }
            }
            text(cs, true, 15, 50, 450, "Skills");
            text(cs, false, 10, 50, 430, "Python, SQL, Spark, Kafka, statistics, experiment design, forecasting");
        });

        assertThat(profile.projects()).extracting(Project::name)
                .containsExactlyInAnyOrder("Tidewatch", "Ledgerly", "Quill Search", "Parcel Pulse");
        Project tidewatch = profile.projects().stream().filter(p -> p.name().equals("Tidewatch")).findFirst().orElseThrow();
        assertThat(tidewatch.dates()).isEqualTo("2023");
        assertThat(tidewatch.technologies()).contains("LightGBM", "Kafka").doesNotContain("Spark");
        assertThat(profile.sections()).extracting(Section::kind).containsExactly("projects", "skills");
    }

    @Test
    void aSingleRowOfTwoCardsIsReadCardByCardAndTheirLinksCloseThem() throws IOException {
        ResumeProfile profile = parse(cs -> {
            text(cs, true, 12, 50, 690, "Experience");
            text(cs, true, 11, 50, 672, "Data Analyst, Kestrel Freight");
            text(cs, false, 10, 480, 672, "2021 – 2024");
            text(cs, false, 10, 50, 658, "• Built the weekly capacity forecast that the planners use for every depot and "
                    + "every shift.");
            text(cs, false, 10, 50, 644, "• Moved the nightly loads from spreadsheets to a warehouse with tested models "
                    + "and alerts.");
            text(cs, true, 12, 50, 630, "Side Projects");
            text(cs, true, 11, 60, 610, "Tide Planner");
            text(cs, true, 11, 312, 610, "Rentwatch");
            text(cs, false, 10, 60, 594, "Python  OR-Tools");
            text(cs, false, 10, 312, 594, "Scrapy  DuckDB");
            text(cs, false, 10, 60, 580, "Plans ferry crossings around the tides");
            text(cs, false, 10, 312, 580, "Tracks rental listings every week and");
            text(cs, false, 10, 60, 567, "with a small routing model.");
            text(cs, false, 10, 312, 567, "reports the median rent per district.");
            text(cs, false, 10, 60, 550, "github.com/example/tide-planner");
            text(cs, false, 10, 312, 550, "rentwatch.example.org");
            text(cs, true, 12, 50, 520, "Education");
            text(cs, false, 10, 50, 504, "BSc Mathematics, University of Example, with a minor in computer science, "
                    + "2017 – 2020");
        });
        assertThat(profile.projects()).extracting(ResumeProfile.Project::name).containsExactly("Tide Planner", "Rentwatch");
    }

    @Test
    void aGutterRangeWhoseEndYearWrapsIsOneRangeAndNoMonthBecomesTheEmployer() throws IOException {
        ResumeProfile profile = parse(cs -> {
            text(cs, false, 15, 140, 690, "Expériences");
            gutter(cs, 670, "2020 – aujourd'hui");
            text(cs, false, 10, 140, 670, "Ingénieure data, ORVAL ÉNERGIE, Lyon");
            text(cs, false, 10, 140, 656, "• Prévision de la consommation des clients professionnels avec LightGBM.");
            gutter(cs, 636, "mars 2018 – déc.");
            text(cs, false, 10, 140, 636, "Analyste, BRUNANT CONSEIL, Dijon");
            gutter(cs, 622, "2019");
            text(cs, false, 10, 140, 622, "• Tableaux de bord de ventes en SQL pour trois enseignes régionales.");
            text(cs, false, 15, 140, 596, "Formation");
            text(cs, false, 10, 140, 578, "Master Statistique, Université de Bourgogne, 2016 – 2018");
        });
        assertThat(profile.experience()).extracting(ResumeProfile.Experience::dates)
                .containsExactly("2020 – aujourd'hui", "mars 2018 – déc. 2019");
        assertThat(profile.experience()).extracting(ResumeProfile.Experience::organization)
                .containsExactly("ORVAL ÉNERGIE", "BRUNANT CONSEIL");
    }

    @Test
    void aBorderlessTableOfEmployersBesideTheirRolesIsReadRowByRow() throws IOException {
        ResumeProfile profile = parse(cs -> {
            float y = 690;
            text(cs, true, 12, 50, y, "EXPERIENCE");
            String[][] jobs = {{"Fjellvik Freight AS", "Oslo, Norway", "Staff Data Engineer", "Apr 2021 – Present"},
                    {"Marlow Health Ltd", "Leeds, United Kingdom", "Senior Backend Engineer", "Sep 2017 – Mar 2021"},
                    {"Quayside Payments", "Bristol, United Kingdom", "Software Engineer", "Jan 2015 – Aug 2017"}};
            for (String[] job : jobs) {
                y -= 22;
                text(cs, true, 10, 50, y, job[0]);
                text(cs, true, 10, 200, y, job[2]);
                text(cs, false, 10, 470, y, job[3]);
                text(cs, false, 10, 50, y - 13, job[1]);
                text(cs, false, 10, 210, y - 13, "• Own the shipment-event platform that handles forty million");
                text(cs, false, 10, 210, y - 26, "messages per day across three regions and two clouds.");
                text(cs, false, 10, 210, y - 39, "• Replaced nightly batch exports with streaming loads into the");
                text(cs, false, 10, 210, y - 52, "warehouse, giving analysts data within five minutes.");
                y -= 52;
            }
            y -= 26;
            text(cs, true, 12, 50, y, "EDUCATION");
            text(cs, false, 10, 50, y - 16, "BSc Computer Science, University of Example, 2011 – 2014, with first-class honours");
        });
        assertThat(profile.experience()).extracting(ResumeProfile.Experience::title)
                .containsExactly("Staff Data Engineer", "Senior Backend Engineer", "Software Engineer");
        assertThat(profile.experience()).extracting(ResumeProfile.Experience::organization)
                .containsExactly("Fjellvik Freight AS", "Marlow Health Ltd", "Quayside Payments");
    }

    @Test
    void aRowOfSmallSectionsEndsWhereAFullWidthSectionStartsUnderIt() throws IOException {
        ResumeProfile profile = parse(cs -> {
            text(cs, true, 11, 50, 690, "SKILLS");
            text(cs, true, 11, 230, 690, "LANGUAGES");
            text(cs, true, 11, 400, 690, "CERTIFICATIONS");
            String[][] rows = {{"Python", "English – native", "Cloud Data Engineer (2023)"},
                {"SQL", "Swahili – fluent", "Stream Processing Developer"}, {"Airflow", "French – basic", "(2021)"}};
            for (int r = 0; r < rows.length; r++) {
                text(cs, false, 10, 60, 674 - 14 * r, rows[r][0]);
                text(cs, false, 10, 240, 674 - 14 * r, rows[r][1]);
                text(cs, false, 10, 410, 674 - 14 * r, rows[r][2]);
            }
            text(cs, true, 11, 50, 620, "EXPERIENCE");
            text(cs, true, 10, 50, 602, "Senior Data Engineer");
            text(cs, false, 10, 480, 602, "2021 – 2024");
            text(cs, true, 10, 50, 588, "Tidewater Mobility");
            text(cs, false, 10, 60, 574, "• Moved 140 nightly batch jobs to Airflow on Kubernetes and cut failed runs by 80%.");
            text(cs, true, 10, 50, 552, "Data Engineer");
            text(cs, false, 10, 480, 552, "2017 – 2021");
            text(cs, true, 10, 50, 538, "Quayside Insurance");
            text(cs, false, 10, 60, 524, "• Rebuilt the claims warehouse on Snowflake so month-end close took one day, not four.");
        });

        assertThat(profile.experience()).extracting(e -> e.organization())
                .containsExactly("Tidewater Mobility", "Quayside Insurance");
        assertThat(profile.sections()).filteredOn(s -> "certifications".equals(s.kind())).singleElement()
                .satisfies(s -> assertThat(String.join(" ", s.lines())).doesNotContain("Airflow on Kubernetes"));
    }

    @Test
    void aSidebarBesideAMainColumnWithADateGutterIsReadColumnByColumn() throws IOException {
        ResumeProfile profile = parse(cs -> {
            // a subtitle under the name runs across the sidebar's gutter, but not across the gutter of dates
            text(cs, false, 14, 50, 706, "MLOps Engineer · Computer Vision für Robotik");
            text(cs, true, 14, 50, 685, "Kontakt");
            text(cs, true, 14, 230, 685, "Berufserfahrung");
            String[] side = {"Rosenheimer Str. 9", "81669 München", "+49 160 5550 1122", "Kenntnisse", "Python",
                "PyTorch", "Kubernetes", "Airflow", "Terraform", "Docker", "GitLab CI"};
            for (int r = 0; r < side.length; r++) {
                boolean heading = "Kenntnisse".equals(side[r]);
                text(cs, heading, heading ? 14 : 10, 50, 670 - 14 * r, side[r]);
            }
            text(cs, false, 10, 230, 670, "03/2021 – heute");
            text(cs, true, 10, 320, 670, "MLOps Engineer");
            text(cs, false, 10, 320, 656, "Isarwerk Robotik GmbH");
            text(cs, false, 10, 330, 642, "• Trainingspipelines mit Kubeflow für 40 Roboterzellen");
            text(cs, false, 10, 330, 628, "• Bereitstellungszeit von Modellen von drei Tagen auf vier Stunden");
            text(cs, false, 10, 330, 614, "• Versionierung von Daten und Modellen mit DVC und MLflow");
            text(cs, false, 10, 330, 600, "• Überwachung der Modellgüte im Betrieb mit Prometheus");
            text(cs, false, 10, 330, 586, "• Einarbeitung von zwei Werkstudierenden");
            text(cs, false, 10, 230, 558, "10/2017 – 02/2021");
            text(cs, true, 10, 320, 558, "Data Engineer");
            text(cs, false, 10, 320, 544, "Nordmark Versicherung AG");
            text(cs, false, 10, 330, 530, "• Spark-Jobs für die Schadenregulierung auf Azure Databricks");
            text(cs, false, 10, 330, 516, "• Betreuung des Data Lakes für 30 Fachbereiche");
        });

        assertThat(profile.experience()).extracting(e -> e.title()).containsExactly("MLOps Engineer", "Data Engineer");
        assertThat(profile.experience()).extracting(e -> e.dates()).containsExactly("03/2021 – heute", "10/2017 – 02/2021");
        assertThat(profile.skills()).contains("PyTorch", "Terraform");
    }

    @Test
    void aHeadingInFakedSmallCapsIsOneHeading() throws IOException {
        ResumeProfile profile = parse(cs -> {
            // Typst and CSS small caps: each word's capital at full size, the rest at a smaller size
            float x = 50;
            for (String[] run : new String[][] {{"W", "16"}, {"ORK", "11"}, {" ", "16"}, {"E", "16"}, {"XPERIENCE", "11"}}) {
                float size = Float.parseFloat(run[1]);
                text(cs, false, size, x, 690, run[0]);
                x += REGULAR.getStringWidth(run[0]) / 1000 * size;
            }
            text(cs, true, 11, 50, 670, "Data Engineering Intern");
            text(cs, false, 11, 480, 670, "May 2024 – Aug 2024");
            text(cs, false, 11, 50, 656, "Fernbrook Energy Cooperative");
            text(cs, false, 10, 60, 642, "• Rebuilt the nightly meter ingestion as dbt models on Snowflake with 48 data tests.");
        });

        assertThat(profile.sections()).extracting(Section::heading).contains("WORK EXPERIENCE");
        assertThat(profile.experience()).extracting(e -> e.organization()).containsExactly("Fernbrook Energy Cooperative");
    }

    @Test
    void headingsInALeftMarginBesideTheirFirstEntryOpenTheirSections() throws IOException {
        ResumeProfile profile = parse(cs -> {
            text(cs, true, 13, 60, 690, "Experience");
            text(cs, true, 12, 150, 690, "Data Engineer @ Vereda Payments");
            text(cs, false, 10, 480, 690, "2022 — now");
            text(cs, false, 11, 150, 674, "Led the move of the warehouse to BigQuery and cut the monthly bill by 38 percent.");
            text(cs, false, 11, 150, 660, "Built change-data-capture ingestion with Debezium and Kafka for sixty tables.");
            text(cs, false, 11, 150, 646, "Set the data-testing standard with dbt that five squads now follow every day.");
            text(cs, true, 12, 150, 626, "Analyst @ Jabuti Labs");
            text(cs, false, 10, 480, 626, "2020 — 2022");
            text(cs, false, 11, 150, 610, "Built Airflow and Spark pipelines for telemetry from nine thousand tractors.");
            text(cs, true, 13, 70, 586, "Education");
            text(cs, true, 12, 150, 586, "Campinas State University");
            text(cs, false, 10, 480, 586, "2015 — 2019");
            text(cs, false, 11, 150, 570, "Bachelor of Computer Science with a thesis on stream joins.");
        });

        assertThat(profile.sections()).extracting(Section::kind).containsSequence("experience", "education");
        assertThat(profile.experience()).extracting(e -> e.organization())
                .containsExactly("Vereda Payments", "Jabuti Labs");
    }

    @Test
    void numberedHeadingsOfAPortfolioAreHeadingsEvenWithoutKnownWords() throws IOException {
        ResumeProfile profile = parse(cs -> {
            text(cs, true, 14, 50, 690, "01. About");
            text(cs, false, 11, 50, 672, "I make models small and fast, and I like profilers and flame graphs.");
            text(cs, true, 14, 50, 646, "02. Experience");
            text(cs, true, 11, 50, 628, "Senior ML Engineer · Sorrelfield Robotics");
            text(cs, false, 11, 480, 628, "2022 — Now");
            text(cs, false, 11, 60, 612, "• Cut detection latency on the robot fleet from 41 ms to 12 ms with INT8 engines.");
            text(cs, true, 14, 50, 586, "03. Toolbox");
            text(cs, false, 11, 50, 568, "Python, Rust, PyTorch, TensorRT, Ray");
        });

        assertThat(profile.sections()).hasSize(3);
        assertThat(profile.experience()).extracting(e -> e.organization()).containsExactly("Sorrelfield Robotics");
    }
}
