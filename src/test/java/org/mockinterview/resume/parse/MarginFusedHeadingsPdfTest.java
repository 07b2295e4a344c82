package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

/**
 * An academic CV whose headings sit flush right in a left margin, so close to the first entry beside them that
 * both read as one run of text ("POSIZIONI dal novembre 2022 — …"), one heading wrapping onto a second line.
 */
class MarginFusedHeadingsPdfTest {

    private static final PDType1Font REGULAR = new PDType1Font(FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(FontName.HELVETICA_BOLD);
    private static final float BODY = 160;

    @Test
    void aHeadingRunIntoItsFirstEntryIsSplitOffAndAWrappedOneJoined() throws Exception {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 24, BODY, 750, "Ottavia Ferralis");
            ResumePdfBuilder.text(cs, REGULAR, 10, BODY, 732, "ottavia.ferralis@example.org | Lucca");
            float y = 700;
            y = section(cs, y, "POSIZIONI", null, new String[][] {
                {"dal marzo 2023 — Assegnista di ricerca", "Dipartimento di Statistica, Università di Serchio"},
                {"2020 – 2023 — Borsista di ricerca, analisi dati", "Consorzio Dati Apuano, Massa"}});
            y = section(cs, y, "PUBBLICAZIONI", "SELEZIONATE", new String[][] {
                {"2024 — Modelli gerarchici per dati di conteggio", "O. Ferralis. Rivista di Statistica Applicata, 3, 1–20."}});
            section(cs, y, "FORMAZIONE", null, new String[][] {
                {"2016 – 2020 — Dottorato di ricerca in Statistica", "Università di Serchio"}});
        });
        ResumeProfile p = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();

        assertThat(p.sections()).extracting(ResumeProfile.Section::heading)
                .containsExactly("POSIZIONI", "PUBBLICAZIONI SELEZIONATE", "FORMAZIONE");
        assertThat(p.experience()).extracting(Experience::title)
                .containsExactly("Assegnista di ricerca", "Borsista di ricerca, analisi dati");
        assertThat(p.experience().getFirst().dates()).isEqualTo("dal marzo 2023");
    }

    @Test
    void aTitleCaseHeadingWrappedInTheMarginIsJoinedAndALineOfWhatWasDoneHeadsNoEntry() throws Exception {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 24, BODY, 750, "Oskar Lindqvist-Maret");
            ResumePdfBuilder.text(cs, REGULAR, 10, BODY, 732, "oskar.lm@example.org | Graz");
            ResumePdfBuilder.text(cs, BOLD, 11, 60, 700, "Appointments");
            float y = 700;
            for (String[] role : new String[][] {{"Postdoctoral Researcher", "Oct 2022 – present",
                    "Lakeside Institute for Data Studies, Graz"}, {"Doctoral Researcher", "Mar 2018 – Sep 2022",
                    "University of Eastern Styria, Leoben"}}) {
                ResumePdfBuilder.text(cs, BOLD, 11, BODY, y, role[0]);
                ResumePdfBuilder.text(cs, BOLD, 11, 480, y, role[1]);
                ResumePdfBuilder.text(cs, REGULAR, 11, BODY, y - 13, role[2]);
                ResumePdfBuilder.text(cs, REGULAR, 11, BODY + 10, y - 27, "Built topic models for council minutes in Python.");
                ResumePdfBuilder.text(cs, REGULAR, 11, BODY + 10, y - 40, "Ran the annotation study with three coders and");
                ResumePdfBuilder.text(cs, REGULAR, 11, BODY + 10, y - 53, "wrote the agreement report for the ethics board.");
                ResumePdfBuilder.text(cs, REGULAR, 11, BODY + 10, y - 66,
                        "Co-organised the Lakeside Data Summer School 2023 (40 participants).");
                y -= 84;
            }
            y -= 14;
            ResumePdfBuilder.text(cs, BOLD, 11, 60, y, "Research");
            ResumePdfBuilder.text(cs, BOLD, 11, 60, y - 13, "Projects");
            ResumePdfBuilder.text(cs, BOLD, 11, BODY, y, "CouncilText");
            ResumePdfBuilder.text(cs, BOLD, 11, 480, y, "2023 – 2025");
            ResumePdfBuilder.text(cs, REGULAR, 11, BODY, y - 13, "Stance detection in 40 years of council minutes with");
            ResumePdfBuilder.text(cs, REGULAR, 11, BODY, y - 26, "fine-tuned language models and an annotation tool.");
        });
        ResumeProfile p = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();

        assertThat(p.sections()).extracting(ResumeProfile.Section::heading)
                .containsExactly("Appointments", "Research Projects");
        assertThat(p.experience()).extracting(Experience::organization).containsExactly(
                "Lakeside Institute for Data Studies", "University of Eastern Styria");
        assertThat(p.projects()).extracting(ResumeProfile.Project::name).containsExactly("CouncilText");
    }

    /** A section: its heading flush right 8 points left of the body, on the first entry's line. */
    private static float section(org.apache.pdfbox.pdmodel.PDPageContentStream cs, float y, String heading,
            String headingRest, String[][] entries) throws java.io.IOException {
        float width = BOLD.getStringWidth(heading) / 1000 * 11;
        ResumePdfBuilder.text(cs, BOLD, 11, BODY - 8 - width, y, heading);
        if (headingRest != null) {
            float restWidth = BOLD.getStringWidth(headingRest) / 1000 * 11;
            ResumePdfBuilder.text(cs, BOLD, 11, BODY - 8 - restWidth, y - 13, headingRest);
        }
        for (String[] e : entries) {
            ResumePdfBuilder.text(cs, REGULAR, 11, BODY, y, e[0]);
            ResumePdfBuilder.text(cs, REGULAR, 11, BODY, y - 13, e[1]);
            ResumePdfBuilder.text(cs, REGULAR, 11, BODY + 4, y - 28, "– Modelli bayesiani per dati di sequenziamento in R e Stan");
            ResumePdfBuilder.text(cs, REGULAR, 11, BODY + 4, y - 41, "– Revisione del codice e tutoraggio di due dottorandi del gruppo");
            y -= 62;
        }
        return y - 14;
    }

    @Test
    void aMarginOfHeadingsOnlyIsReadBesideItsSectionsNotAsAColumn() throws Exception {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 28, 43, 760, "Marisol Oduya-Keane");
            ResumePdfBuilder.text(cs, REGULAR, 11, 43, 740, "Austin, TX   marisol.ok@example.com");
            float y = 700;
            ResumePdfBuilder.text(cs, BOLD, 12, 43, y, "EXPERIENCE");
            for (String[] job : new String[][] {{"Pecan Valley Health", "Health Data Analyst", "03/2023 - Current"},
                {"Live Oak Medical Center", "Clinical Informatics Specialist", "06/2019 - 02/2023"},
                {"Hill Country Hospital", "Registered Nurse", "08/2014 - 05/2019"}}) {
                ResumePdfBuilder.text(cs, BOLD, 12, 154, y, job[0] + " — Austin, TX");
                ResumePdfBuilder.text(cs, BOLD, 12, 154, y - 15, job[1] + " • " + job[2]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 167, y - 30, "Built quality-measure reports for eleven clinics from");
                ResumePdfBuilder.text(cs, REGULAR, 11, 167, y - 43, "the warehouse and claims data.");
                ResumePdfBuilder.text(cs, REGULAR, 11, 167, y - 56, "Validated measure logic with clinicians every quarter.");
                y -= 80;
            }
            ResumePdfBuilder.text(cs, BOLD, 12, 43, y, "EDUCATION");
            ResumePdfBuilder.text(cs, BOLD, 12, 154, y, "MS Health Informatics, Bluebonnet State University   2019 - 2021");
            y -= 40;
            ResumePdfBuilder.text(cs, BOLD, 12, 43, y, "SKILLS");
            ResumePdfBuilder.text(cs, REGULAR, 11, 154, y, "SQL, Python, Tableau, Epic Clarity");
        });
        ResumeProfile p = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();

        assertThat(p.sections()).extracting(ResumeProfile.Section::heading)
                .containsExactly("EXPERIENCE", "EDUCATION", "SKILLS");
        assertThat(p.experience()).extracting(Experience::title)
                .containsExactly("Health Data Analyst", "Clinical Informatics Specialist", "Registered Nurse");
        assertThat(p.skills()).contains("SQL", "Tableau");
    }
}
