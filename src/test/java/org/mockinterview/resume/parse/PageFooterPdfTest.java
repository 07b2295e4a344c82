package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockinterview.resume.fixtures.ResumePdfBuilder.text;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Education;

/**
 * A template's footer under the last section ("© European Union, 2002-2020 | europass.example.eu", "Última
 * actualización: marzo de 2024") is page furniture, not one more entry of that section.
 */
class PageFooterPdfTest {

    @Test
    void aCopyrightOrDateStampFooterIsNoEducationEntry() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 18, 45, 770, "Inés Calatrava");
            text(cs, false, 10, 45, 754, "ines.calatrava@example.org");
            text(cs, true, 13, 45, 724, "Experiencia");
            text(cs, true, 11, 45, 706, "Analista de Datos — Cooperativa Olivar del Sur");
            text(cs, false, 10, 45, 692, "2020 – 2024");
            text(cs, false, 10, 45, 678, "Previsión semanal de la cosecha con modelos de series temporales.");
            text(cs, true, 13, 45, 650, "Formación");
            text(cs, true, 11, 45, 632, "Grado en Estadística");
            text(cs, false, 10, 45, 618, "Universidad de Valdecañas · 2016 – 2020");
            text(cs, false, 8, 45, 60, "© Unión Europea, 2002-2020 | europass.example.eu");
            text(cs, false, 8, 45, 46, "Última actualización: marzo de 2024 · Esta página no usa cookies.");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.education()).extracting(Education::degree).containsExactly("Grado en Estadística");
        assertThat(p.toString()).doesNotContain("europass.example.eu").doesNotContain("cookies");
    }
}
