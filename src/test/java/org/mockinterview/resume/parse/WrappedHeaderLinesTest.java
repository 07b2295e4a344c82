package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

/** Entry headers of "Organisation, Town — Title" whose title wraps onto the next line, mid-word or between words. */
class WrappedHeaderLinesTest {

    private static final PDType1Font REGULAR = new PDType1Font(FontName.TIMES_ROMAN);

    @Test
    void anAtSignJoinsTheTitleToItsEmployerWhateverTheLineUnderIt() {
        ResumeProfile p = TextResumes.parse("""
                Experience
                Senior Data Scientist @ Birchfield Health Oy | Jan 2023 – Present
                Tampere · digital therapeutics, 140 employees
                • Built the relapse-risk model used in the coaching app.
                """);

        assertThat(p.experience()).extracting(Experience::title, Experience::organization)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Senior Data Scientist", "Birchfield Health Oy"));
    }

    @Test
    void aTitleBrokenMidWordGoesOnOnTheNextLine() {
        ResumeProfile p = TextResumes.parse("""
                Experience
                Harbour Mutual Insurance, Halifax, NS — Part-
                time Claims Analyst
                MAY 2024 - DECEMBER 2024
                • Built a claims triage model that routes broker emails to six underwriting queues.
                """);

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Part-time Claims Analyst");
        assertThat(p.experience().get(0).organization()).startsWith("Harbour Mutual Insurance");
    }

    @Test
    void aWordThatWrappedUnderAFullWidthHeaderLineOrABracketLeftOpenFinishesTheTitle() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, REGULAR, 20, 60, 740, "Giulia Ferrante");
            ResumePdfBuilder.text(cs, REGULAR, 10, 60, 724, "giulia.ferrante@example.org");
            ResumePdfBuilder.text(cs, REGULAR, 13, 60, 696, "EXPERIENCE");
            ResumePdfBuilder.text(cs, REGULAR, 11, 60, 676, "Lakeshore Polytechnic, Truro, Nova Scotia — Graduate Teaching");
            ResumePdfBuilder.text(cs, REGULAR, 11, 60, 662, "Fellow");
            ResumePdfBuilder.text(cs, REGULAR, 9, 60, 648, "SEPTEMBER 2023 - APRIL 2024");
            ResumePdfBuilder.text(cs, REGULAR, 10, 70, 634, "Marked 400 lab reports a term and ran two weekly tutorials");
            ResumePdfBuilder.text(cs, REGULAR, 10, 70, 620, "for the first-year statistics course.");
            ResumePdfBuilder.text(cs, REGULAR, 11, 60, 596, "Tidewater Freight, Halifax, NS — Data Analyst Intern");
            ResumePdfBuilder.text(cs, REGULAR, 9, 60, 582, "MAY 2022 - AUGUST 2022");
            ResumePdfBuilder.text(cs, REGULAR, 10, 70, 568, "Built the weekly on-time delivery report in SQL.");
            ResumePdfBuilder.text(cs, REGULAR, 11, 60, 544, "Universidad del Litoral, Santa Fe — Auxiliar de investigación (beca");
            ResumePdfBuilder.text(cs, REGULAR, 11, 60, 530, "de iniciación)");
            ResumePdfBuilder.text(cs, REGULAR, 9, 60, 516, "SEPT. 2021 - JUN. 2022");
            ResumePdfBuilder.text(cs, REGULAR, 10, 70, 502, "Anotación de 8.000 reseñas y evaluación de modelos multilingües.");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.experience()).extracting(Experience::title)
                .containsExactly("Graduate Teaching Fellow", "Data Analyst Intern",
                        "Auxiliar de investigación (beca de iniciación)");
    }

    @Test
    void aNoteInBracketsWrappedOffAFullHeaderLineStaysWithIt() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, true, 18, 45, 770, "Lucía Ferrándiz");
            ResumePdfBuilder.text(cs, false, 10, 45, 754, "lucia.ferrandiz@example.org");
            ResumePdfBuilder.text(cs, true, 13, 45, 724, "Experiencia");
            ResumePdfBuilder.text(cs, true, 11, 45, 706, "Científica de Datos, Cooperativa Citrícola del Júcar (Alzira)");
            ResumePdfBuilder.text(cs, false, 10, 45, 692, "ene. 2022 – actualidad");
            ResumePdfBuilder.text(cs, false, 10, 45, 678, "Previsión de cosecha por parcela con datos de satélite.");
            ResumePdfBuilder.text(cs, true, 11, 45, 652, "Analista de Datos (prácticas), Consorcio de Aguas del Bajo Júcar");
            ResumePdfBuilder.text(cs, true, 11, 45, 639, "(Sueca)");
            ResumePdfBuilder.text(cs, false, 10, 45, 625, "feb. 2019 – jul. 2019");
            ResumePdfBuilder.text(cs, false, 10, 45, 611, "Detección de consumos anómalos en los contadores.");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.experience()).extracting(Experience::title)
                .containsExactly("Científica de Datos", "Analista de Datos (prácticas)");
        assertThat(p.experience().get(1).organization()).startsWith("Consorcio de Aguas del Bajo Júcar");
    }
}
