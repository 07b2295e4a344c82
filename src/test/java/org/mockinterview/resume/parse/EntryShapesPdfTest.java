package org.mockinterview.resume.parse;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Project;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entry shapes of web-made resumes: a JSON Resume theme (company and dates, the company's website, then the
 * position), a portfolio timeline whose headers sit right of the bullets, a table whose one column holds the
 * employer over the role with the dates wrapping beside them, and run-in bold project names.
 */
class EntryShapesPdfTest {

    private static final PDType1Font REGULAR = new PDType1Font(FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(FontName.HELVETICA_BOLD);

    private static ResumeProfile parse(ResumePdfBuilder.PageDrawing page) throws IOException, ResumeParseException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 22, 40, 750, "Imogen Aldous-Varga");
            ResumePdfBuilder.text(cs, REGULAR, 10, 40, 730, "imogen.av@example.org");
            page.draw(cs);
        });
        return new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();
    }

    @Test
    void aJsonResumeWorkEntryPutsTheWebsiteBetweenCompanyAndPosition() throws Exception {
        ResumeProfile p = parse(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 15, 40, 700, "Work");
            float y = 675;
            for (String[] job : new String[][] {{"Lapwing Maps", "Mar 2022 - Present", "quillfeather.example.com",
                "Senior Data Engineer"}, {"Osprey Freight", "Jul 2019 - Feb 2022", "osprey-freight.example.com.au",
                "Data Engineer"}}) {
                ResumePdfBuilder.text(cs, BOLD, 12, 40, y, job[0]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 470, y, job[1]);
                ResumePdfBuilder.text(cs, REGULAR, 9, 40, y - 14, "https://" + job[2]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 40, y - 28, job[3]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 52, y - 44, "Moved nightly batch loads to streaming with Kafka.");
                ResumePdfBuilder.text(cs, REGULAR, 11, 52, y - 58, "Cut warehouse spend by a quarter.");
                y -= 85;
            }
        });

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Senior Data Engineer", "Data Engineer");
        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Lapwing Maps", "Osprey Freight");
    }

    @Test
    void tabLeadersBetweenATitleAndItsDatesAreNoPartOfTheTitle() throws Exception {
        ResumeProfile p = parse(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 14, 40, 700, "Werkervaring");
            ResumePdfBuilder.text(cs, BOLD, 11, 40, 676, "Senior data-analist . . . . . . . . . . . . . . . . . . . . . . . . sep 2020 – heden");
            ResumePdfBuilder.text(cs, REGULAR, 10, 40, 662, "Waterschap Rijnmeander, Houten");
            ResumePdfBuilder.text(cs, REGULAR, 10, 52, 648, "Bouwde dashboards voor de peilbeheerders in Power BI.");
        });

        assertThat(p.experience()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Senior data-analist");
            assertThat(e.dates()).isEqualTo("sep 2020 – heden");
        });
    }

    @Test
    void bracketedDatesWithThePlaceAfterThemOpenAnEntryWhoseEmployerFollowsTheTitle() throws Exception {
        // the Europass online editor: "[ dates ] place", then the position in capitals, then the employer
        ResumeProfile p = parse(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 14, 40, 700, "EXPERIENCIA LABORAL");
            float y = 676;
            for (String[] job : new String[][] {{"[ 01/04/2021 – Actual ] Alcalá de Henares, España",
                "ANALISTA DE DATOS", "Cerámicas Turia S.A."}, {"[ 01/09/2018 – 31/03/2021 ] Frankfurt am Main, Alemania",
                "BECARIA DE INVESTIGACIÓN", "Laboratorio Meridiano"}}) {
                ResumePdfBuilder.text(cs, REGULAR, 9, 40, y, job[0]);
                ResumePdfBuilder.text(cs, BOLD, 11, 40, y - 14, job[1]);
                ResumePdfBuilder.text(cs, REGULAR, 10, 40, y - 28, job[2]);
                ResumePdfBuilder.text(cs, REGULAR, 10, 52, y - 42, "Modelos de previsión de demanda semanal por tienda.");
                y -= 70;
            }
        });

        assertThat(p.experience()).extracting(Experience::title)
                .containsExactly("ANALISTA DE DATOS", "BECARIA DE INVESTIGACIÓN");
        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Cerámicas Turia S.A.", "Laboratorio Meridiano");
    }

    @Test
    void anEmployerAndPositionLineOverDatesAndAUnitKeepsTheUnitOutOfTheEmployer() throws Exception {
        ResumeProfile p = parse(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 15, 40, 700, "Work");
            float y = 675;
            for (String[] job : new String[][] {{"Lakemoor University", "Research Engineer", "2021-09 — Present",
                "Coastal Sensing Lab, Harwick"}, {"Quarrystone Energy A/S", "Data Engineer", "2019-02 — 2021-08",
                "Grid Analytics"}}) {
                float w = BOLD.getStringWidth(job[0]) / 1000 * 12;
                ResumePdfBuilder.text(cs, BOLD, 12, 40, y, job[0]);
                ResumePdfBuilder.text(cs, REGULAR, 12, 40 + w, y, " — " + job[1]);
                ResumePdfBuilder.text(cs, REGULAR, 10, 40, y - 14, job[2] + " · " + job[3]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 52, y - 30, "Moved nightly batch loads to streaming with Kafka.");
                ResumePdfBuilder.text(cs, REGULAR, 11, 52, y - 44, "Cut warehouse spend by a quarter.");
                y -= 70;
            }
        });

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Research Engineer", "Data Engineer");
        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Lakemoor University", "Quarrystone Energy A/S");
    }

    @Test
    void aTimelineHeaderRightOfTheBulletsOpensTheNextEntry() throws Exception {
        ResumeProfile p = parse(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 16, 40, 700, "Experience");
            float y = 675;
            for (String[] job : new String[][] {{"2021 — Now", "ML Engineer @ Lanternfish Health"},
                {"2018 — 2021", "Data Engineer @ Brackenridge Retail"}}) {
                ResumePdfBuilder.text(cs, BOLD, 13, 66, y, job[0]);
                ResumePdfBuilder.text(cs, BOLD, 13, 160, y, job[1]);
                ResumePdfBuilder.text(cs, REGULAR, 10, 60, y - 18, "• Shipped the ranking model of the search page and its offline");
                ResumePdfBuilder.text(cs, REGULAR, 10, 70, y - 30, "checks.");
                ResumePdfBuilder.text(cs, REGULAR, 10, 60, y - 44, "• Ran the weekly model review.");
                y -= 75;
            }
        });

        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Lanternfish Health", "Brackenridge Retail");
        assertThat(p.experience().get(0).highlights()).hasSize(2);
    }

    @Test
    void aColumnOfEmployerOverRoleGivesBothAndWrappedDatesStayWhole() throws Exception {
        ResumeProfile p = parse(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 14, 40, 700, "Professional Experience");
            ResumePdfBuilder.text(cs, BOLD, 9, 40, 680, "DATES");
            ResumePdfBuilder.text(cs, BOLD, 9, 130, 680, "EMPLOYER & ROLE");
            ResumePdfBuilder.text(cs, BOLD, 9, 400, 680, "LOCATION");
            float y = 660;
            for (String[] job : new String[][] {{"Sept. 2021 –", "Present", "Kittiwake Insurance Group",
                "Lead Data Engineer", "Leeds (hybrid)"}, {"Jan. 2018 –", "Aug. 2021", "Heronsgate Energy Ltd",
                "Senior Data Engineer", "Manchester & client sites"}}) {
                ResumePdfBuilder.text(cs, BOLD, 12, 40, y, job[0]);
                ResumePdfBuilder.text(cs, BOLD, 12, 130, y, job[2]);
                ResumePdfBuilder.text(cs, BOLD, 12, 400, y, job[4]);
                ResumePdfBuilder.text(cs, BOLD, 12, 40, y - 13, job[1]);
                ResumePdfBuilder.text(cs, BOLD, 12, 130, y - 13, job[3]);
                ResumePdfBuilder.text(cs, REGULAR, 12, 52, y - 30,
                        "Ran the move of the claims reports to the new platform, one business line at a time.");
                y -= 60;
            }
        });

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Lead Data Engineer", "Senior Data Engineer");
        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Kittiwake Insurance Group", "Heronsgate Energy Ltd");
        assertThat(p.experience()).extracting(Experience::dates).containsExactly("Sept. 2021 – Present", "Jan. 2018 – Aug. 2021");
    }

    @Test
    void aRunInBoldNameBeforeItsContextIsTheProject() throws Exception {
        ResumeProfile p = parse(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 14, 40, 700, "Selected Projects");
            ResumePdfBuilder.text(cs, BOLD, 11, 40, 680, "Saltmarsh Forecasts");
            ResumePdfBuilder.text(cs, REGULAR, 11, 153, 680, "(Kittiwake Insurance, 2022–2023). Forecast the tide-dependent demand");
            ResumePdfBuilder.text(cs, REGULAR, 11, 40, 667, "for harbour ferries and the crews they need on each sailing.");
            ResumePdfBuilder.text(cs, BOLD, 11, 40, 650, "ukcal-dim");
            ResumePdfBuilder.text(cs, REGULAR, 11, 94, 650, "(open source, 2020–present). Holiday tables for Nordic retail calendars.");
        });

        assertThat(p.projects()).extracting(Project::name).containsExactly("Saltmarsh Forecasts", "ukcal-dim");
    }

    @Test
    void aShortIndentedLineUnderADatedBoldHeaderIsTheText() throws Exception {
        ResumeProfile p = parse(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 10, 40, 700, "EXPERIENCE");
            ResumePdfBuilder.text(cs, BOLD, 9, 40, 685, "2019–now Senior Research Scientist, Merlette AI Lab, Paris");
            ResumePdfBuilder.text(cs, REGULAR, 9, 48, 674, "Runs the evaluation work of the speech team.");
            ResumePdfBuilder.text(cs, BOLD, 9, 40, 660, "2016–2019 Research Scientist, Vanneau Robotics, Grenoble");
            ResumePdfBuilder.text(cs, REGULAR, 9, 48, 649, "Built grasp-quality models for the picking");
            ResumePdfBuilder.text(cs, REGULAR, 9, 48, 639, "arms of two warehouses.");
        });

        assertThat(p.experience()).extracting(Experience::title)
                .containsExactly("Senior Research Scientist", "Research Scientist");
        assertThat(p.experience()).extracting(Experience::organization)
                .allSatisfy(o -> assertThat(o).doesNotContain("Designed"));
    }

    @Test
    void aCompanyWithItsLegalFormOnTheLineUnderTheTitleIsNoPlace() throws Exception {
        ResumeProfile p = parse(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 14, 150, 700, "Esperienza professionale");
            ResumePdfBuilder.text(cs, BOLD, 11, 40, 680, "gen 2019 – oggi");
            ResumePdfBuilder.text(cs, BOLD, 12, 150, 680, "Machine Learning Engineer");
            ResumePdfBuilder.text(cs, REGULAR, 11, 150, 666, "Barbera Dati S.r.l. – Asti");
            ResumePdfBuilder.text(cs, REGULAR, 11, 150, 652,
                    "Modelli di previsione della domanda per la rete dei negozi della regione.");
        });

        // the city printed after the dash stays with the organisation, as printed; what matters is no place instead
        assertThat(p.experience()).extracting(Experience::organization).singleElement().asString()
                .startsWith("Barbera Dati S.r.l.");
    }

    @Test
    void tagPillsSetApartByTheirPaddingAreSeparateSkills() throws Exception {
        ResumeProfile p = parse(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 14, 40, 700, "SKILLS");
            // words inside a pill are a word space apart (about 0.25 em); pills are about 0.65 em apart
            float x = 40;
            for (String pill : new String[] {"Python", "Hugging Face", "LangChain", "Apache Spark"}) {
                ResumePdfBuilder.text(cs, REGULAR, 11, x, 680, pill);
                x += REGULAR.getStringWidth(pill) / 1000 * 11 + 7;
            }
            ResumePdfBuilder.text(cs, BOLD, 14, 40, 650, "EXPERIENCE");
            ResumePdfBuilder.text(cs, BOLD, 11, 40, 632, "Data Engineer, Corvid Freight");
            ResumePdfBuilder.text(cs, REGULAR, 11, 40, 618, "2021 – 2024");
            ResumePdfBuilder.text(cs, REGULAR, 11, 40, 604, "Moved the nightly loads to streaming and kept them green.");
        });

        assertThat(p.skills()).contains("Python", "Hugging Face", "LangChain", "Apache Spark");
    }
}
