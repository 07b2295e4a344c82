package org.mockinterview.resume.parse;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Label/value tables over two pages (a Dutch or German CV form): labels in a left column beside their values are
 * read row by row on both pages, though the second page alone is too short to tell a table from a sidebar.
 */
class LabelTablePdfTest {

    private static final PDType1Font REGULAR = new PDType1Font(FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(FontName.HELVETICA_BOLD);
    private static final float LABEL_X = 50;
    private static final float VALUE_X = 170;

    private static void row(PDPageContentStream cs, float y, String label, String value, boolean bold) throws IOException {
        ResumePdfBuilder.text(cs, REGULAR, 11, LABEL_X, y, label);
        ResumePdfBuilder.text(cs, bold ? BOLD : REGULAR, 11, VALUE_X, y, value);
    }

    private static void heading(PDPageContentStream cs, float y, String text) throws IOException {
        ResumePdfBuilder.text(cs, BOLD, 14, LABEL_X, y, text);
    }

    private static ResumeProfile parse() throws IOException, ResumeParseException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage one = new PDPage();
            doc.addPage(one);
            try (PDPageContentStream cs = new PDPageContentStream(doc, one)) {
                ResumePdfBuilder.text(cs, BOLD, 22, LABEL_X, 740, "Curriculum Vitae");
                heading(cs, 710, "Personalia");
                row(cs, 690, "Naam", "Sanne ter Welle-Okoro", true);
                row(cs, 675, "Adres", "Lindengracht 4, 2312 AB Leiden");
                row(cs, 660, "E-mail", "sanne.tw@example.nl", false);
                row(cs, 645, "Geboortedatum", "3 mei 1994", false);
                heading(cs, 615, "Werkervaring");
                float y = 595;
                String[][] jobs = {{"januari 2021 – heden", "Senior data-analist", "Waterschap Rijnveld, Leiden"},
                    {"maart 2018 – december 2020", "Data-analist", "Zorgverzekeraar Duinstroom, Utrecht"},
                    {"februari 2016 – februari 2018", "BI-ontwikkelaar", "Pakhuis Retail B.V., Zwolle"}};
                for (String[] job : jobs) {
                    row(cs, y, "Periode", job[0], false);
                    row(cs, y - 15, "Functie", job[1], true);
                    row(cs, y - 30, "Werkgever", job[2], false);
                    row(cs, y - 45, "Werkzaamheden", "Voorspellingen en rapportages met Python en Power BI.", false);
                    y -= 75;
                }
            }
            PDPage two = new PDPage();
            doc.addPage(two);
            try (PDPageContentStream cs = new PDPageContentStream(doc, two)) {
                heading(cs, 740, "Vaardigheden");
                row(cs, 720, "Programmeertalen", "Python, SQL, R", false);
                row(cs, 705, "Tools", "Power BI, Databricks, Git", false);
                row(cs, 690, "Methoden", "tijdreeksanalyse, A/B-testen", false);
                row(cs, 675, "Cloud", "Azure, AWS", false);
                heading(cs, 645, "Talen");
                row(cs, 625, "Nederlands", "moedertaal", false);
                row(cs, 610, "Engels", "vloeiend", false);
                row(cs, 595, "Duits", "goed", false);
                heading(cs, 565, "Cursussen");
                row(cs, 545, "2023", "Azure Data Engineer Associate", false);
                row(cs, 530, "2021", "Databricks Lakehouse Fundamentals", false);
                row(cs, 515, "2019", "Scrum Master I", false);
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        return new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();
    }

    private static void row(PDPageContentStream cs, float y, String label, String value) throws IOException {
        row(cs, y, label, value, false);
    }

    @Test
    void formLabelsGiveTheFieldsAndTheSecondPageStaysATable() throws Exception {
        ResumeProfile p = parse();

        assertThat(p.name()).isEqualTo("Sanne ter Welle-Okoro");
        assertThat(p.experience()).extracting(Experience::title)
                .containsExactly("Senior data-analist", "Data-analist", "BI-ontwikkelaar");
        assertThat(p.experience()).extracting(Experience::organization).doesNotContain("Werkgever", "Functie")
                .first().asString().startsWith("Waterschap Rijnveld");
        assertThat(p.skills()).contains("Python", "Power BI", "Databricks").doesNotContain("Programmeertalen", "Tools");
    }

    @Test
    void aComputingHeadingAloneHoldsTheSkills() throws Exception {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 22, LABEL_X, 740, "Ivette Marcó Llorens");
            ResumePdfBuilder.text(cs, REGULAR, 11, LABEL_X, 722, "ivette.marco@example.es");
            heading(cs, 690, "Formación complementaria");
            row(cs, 670, "2022", "Curso de procesamiento de datos con Spark (40 horas)");
            row(cs, 650, "2019", "Certificado de analista de datos en la nube");
            heading(cs, 620, "Idiomas");
            row(cs, 600, "Castellano:", "nativo");
            row(cs, 585, "Catalán:", "nivel C1");
            row(cs, 570, "Inglés:", "nivel B2 (First Certificate)");
            row(cs, 555, "Francés:", "nivel A2");
            heading(cs, 525, "Informática");
            row(cs, 505, "Python · SQL · Apache Spark · Docker · Git", "");
            ResumePdfBuilder.text(cs, REGULAR, 11, LABEL_X, 450, "Castellón, 3 de marzo de 2025");
            ResumePdfBuilder.text(cs, REGULAR, 11, LABEL_X, 420, "Ivette Marcó Llorens");
        });
        ResumeProfile p = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();

        assertThat(p.sections()).extracting(ResumeProfile.Section::heading)
                .containsExactly("Formación complementaria", "Idiomas", "Informática");
        assertThat(p.skills()).contains("Python", "Apache Spark", "Docker");
    }
}
