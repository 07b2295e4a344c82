package org.mockinterview.resume.parse;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Several roles printed under one employer line, with a sentence about the company between them. */
class EmployerGroupsTest {

    @Test
    void rolesUnderAnEmployerLineAreAtThatEmployerAndTheLineIsNoRole() {
        List<Experience> e = new ResumeTextParser().parse("""
                Rosalind Achebe-Strand
                rosalind.as@example.net

                Experience
                Northgate Mutual Assurance                                  Leeds, UK
                A regional insurer covering 800,000 households.
                Lead Data Scientist, Claims Analytics                   Feb 2021 – Present
                  • Rebuilt the claims triage model in XGBoost, cutting handling time by 18%.
                  • Set up model monitoring for 12 production models.
                Senior Data Scientist                                   Jan 2018 – Jan 2021
                  • Built a flood-risk model from river gauge data.
                Pellow & Finch Consulting                                   Bristol, UK
                Analyst                                                 Jul 2015 – Dec 2017
                  • Ran price-elasticity studies for grocery clients.
                """).profile().experience();

        assertThat(e).extracting(Experience::title)
                .containsExactly("Lead Data Scientist, Claims Analytics", "Senior Data Scientist", "Analyst");
        assertThat(e).extracting(Experience::organization).containsExactly("Northgate Mutual Assurance",
                "Northgate Mutual Assurance", "Pellow & Finch Consulting");
    }

    @Test
    void anEntryWithoutDatesBeforeAnotherEntryIsNoEmployerWhenItNamesAJob() {
        List<Experience> e = new ResumeTextParser().parse("""
                Rosalind Achebe-Strand
                rosalind.as@example.net

                Experience
                Freelance Data Consultant
                  • Advised two charities on donor analytics.
                Data Analyst, Harbour Foods                              2016 – 2019
                  • Built weekly sales dashboards.
                """).profile().experience();

        assertThat(e).extracting(Experience::title).contains("Data Analyst");
        assertThat(e).extracting(Experience::organization).contains("Harbour Foods");
    }

    @Test
    void aSentenceAboutTheEmployerSetInTheHeaderStyleIsNoTitle() throws Exception {
        // fonts matter here: the sentence is set smaller than the body, so it reads as a header line
        byte[] pdf;
        var regular = new PDType1Font(FontName.HELVETICA);
        var bold = new PDType1Font(FontName.HELVETICA_BOLD);
        try (var doc = new PDDocument(); var out = new java.io.ByteArrayOutputStream()) {
            var page = new PDPage();
            doc.addPage(page);
            try (var cs = new PDPageContentStream(doc, page)) {
                ResumePdfBuilder.text(cs, bold, 22, 50, 740, "Leona Haraldsen-Obi");
                ResumePdfBuilder.text(cs, regular, 11, 50, 722, "leona.ho@example.org");
                ResumePdfBuilder.text(cs, bold, 14, 50, 690, "EXPERIENCE");
                ResumePdfBuilder.text(cs, bold, 14, 50, 668, "Kestrel Freight");
                ResumePdfBuilder.text(cs, regular, 10, 50, 654,
                        "Freight brokerage network, about 6,500 employees");
                ResumePdfBuilder.text(cs, regular, 12, 50, 638,
                        "Principal Machine Learning Engineer");
                ResumePdfBuilder.text(cs, regular, 12, 470, 638, "Jan 2021 – Present");
                ResumePdfBuilder.text(cs, regular, 12, 64, 622,
                        "Set the direction for a 14-person forecasting group and its roadmap.");
                ResumePdfBuilder.text(cs, regular, 12, 50, 602,
                        "Senior Machine Learning Engineer");
                ResumePdfBuilder.text(cs, regular, 12, 470, 602, "Mar 2018 – Dec 2020");
                ResumePdfBuilder.text(cs, regular, 12, 64, 586,
                        "Built the hierarchical demand forecast for 40 regions.");
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        List<Experience> e = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile().experience();

        assertThat(e).extracting(Experience::title)
                .containsExactly("Principal Machine Learning Engineer", "Senior Machine Learning Engineer");
        assertThat(e).extracting(Experience::organization).containsOnly("Kestrel Freight");
    }

    @Test
    void aFirmWhoseFirstWordIsAJobWordStaysTheEmployerWhenItsTownFollows() throws java.io.IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, true, 18, 45, 770, "Inés Calatrava");
            ResumePdfBuilder.text(cs, false, 10, 45, 754, "ines.calatrava@example.org");
            ResumePdfBuilder.text(cs, true, 13, 45, 724, "EXPERIENCIA");
            ResumePdfBuilder.text(cs, true, 11, 45, 706, "Banco Austral, Lima — Científica de Datos");
            ResumePdfBuilder.text(cs, false, 9, 45, 693, "MARZO 2021 - ACTUALIDAD");
            ResumePdfBuilder.text(cs, false, 10, 55, 679, "Modelos de riesgo de crédito para pymes.");
            ResumePdfBuilder.text(cs, true, 11, 45, 659, "Consultora Andina Analítica, Arequipa — Analista de Datos Jr.");
            ResumePdfBuilder.text(cs, false, 9, 45, 646, "JUNIO 2018 - FEBRERO 2021");
            ResumePdfBuilder.text(cs, false, 10, 55, 632, "Tableros de ventas para cadenas de farmacias.");
        });
        List<Experience> e = PdfResumes.parse(pdf).experience();

        assertThat(e).extracting(Experience::title).containsExactly("Científica de Datos", "Analista de Datos Jr.");
        assertThat(e.get(1).organization()).startsWith("Consultora Andina Analítica");
    }

    @Test
    void aPlaceGivenAsFormFieldsAfterTheEmployerIsNoPartOfIt() throws java.io.IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, true, 18, 45, 770, "Marta Kowalewska");
            ResumePdfBuilder.text(cs, false, 10, 45, 754, "marta.kowalewska@example.org");
            ResumePdfBuilder.text(cs, true, 13, 45, 724, "EXPERIENCE");
            ResumePdfBuilder.text(cs, false, 9, 45, 706, "[ 01/03/2021 – Obecnie ]");
            ResumePdfBuilder.text(cs, true, 11, 45, 693, "ANALITYK DANYCH");
            ResumePdfBuilder.text(cs, true, 10, 45, 680, "Spoldzielnia Mleczarska Narew Miasto: Lomza | Kraj: Polska");
            ResumePdfBuilder.text(cs, false, 10, 55, 666, "Raporty sprzedazy i prognozy popytu w Pythonie.");
            ResumePdfBuilder.text(cs, false, 10, 55, 653, "Model cen skupu mleka w scikit-learn.");
            ResumePdfBuilder.text(cs, false, 10, 55, 640, "Panel jakosci danych w Power BI dla zarzadu.");
            ResumePdfBuilder.text(cs, false, 9, 45, 620, "[ 01/10/2019 – 28/02/2021 ]");
            ResumePdfBuilder.text(cs, true, 11, 45, 607, "PRAKTYKANTKA – ANALITYK DANYCH");
            ResumePdfBuilder.text(cs, true, 10, 45, 594, "Biuro Badan Rynku Sonda Miasto: Bialystok | Kraj: Polska");
            ResumePdfBuilder.text(cs, false, 10, 55, 580, "Wazenie prob i raporty w R.");
            ResumePdfBuilder.text(cs, false, 10, 55, 567, "Czyszczenie danych ankietowych w SQL.");
        });
        List<Experience> e = PdfResumes.parse(pdf).experience();

        assertThat(e).extracting(Experience::organization)
                .containsExactly("Spoldzielnia Mleczarska Narew", "Biuro Badan Rynku Sonda");
        assertThat(e).extracting(Experience::title).containsExactly("ANALITYK DANYCH", "PRAKTYKANTKA – ANALITYK DANYCH");
    }
}
