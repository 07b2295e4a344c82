package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockinterview.resume.fixtures.ResumePdfBuilder.text;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

/**
 * Employers named with their legal form after a comma ("Talleres Norte, S.A. de C.V.", "Red Costera, A.C."), beside a
 * place abbreviated with a full stop ("Mérida, Yuc."): the firm is no place, and the place's stop ends no sentence.
 */
class LegalFormEmployersPdfTest {

    @Test
    void anEmployerWithItsLegalFormStaysTheEmployer() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 20, 45, 770, "Renata Olvera Quiroga");
            text(cs, false, 10, 45, 754, "renata.olvera@example.org");
            text(cs, true, 13, 45, 724, "EXPERIENCIA LABORAL");
            text(cs, true, 11, 45, 704, "Analista de Datos");
            text(cs, false, 10, 450, 704, "Mar. 2021 – Actualidad");
            text(cs, false, 10, 45, 690, "Talleres del Norte, S.A. de C.V.");
            text(cs, false, 10, 470, 690, "Saltillo, Coah.");
            text(cs, false, 10, 57, 676, "• Tableros de producción en Power BI para tres plantas.");
            text(cs, true, 11, 45, 656, "Becaria de Datos");
            text(cs, false, 10, 450, 656, "Ene. 2019 – Feb. 2021");
            text(cs, false, 10, 45, 642, "Red Costera de Movilidad, A.C.");
            text(cs, false, 10, 470, 642, "Mérida, Yuc.");
            text(cs, false, 10, 57, 628, "• Limpieza de aforos y mapas de calor en Tableau.");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.experience()).extracting(Experience::organization)
                .allMatch(o -> o != null && (o.startsWith("Talleres del Norte") || o.startsWith("Red Costera")));
        assertThat(p.experience()).hasSize(2);
    }

    @Test
    void anEmployerNamedOverItsDatesIsNoSentenceAboutIt() throws IOException {
        // title in bold, the employer's name (five words, a legal form) and then the dates with the place beside them
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 20, 45, 770, "Caio Montenegro Lins");
            text(cs, false, 10, 45, 754, "caio.lins@example.org");
            text(cs, true, 13, 45, 724, "WORK EXPERIENCE");
            String[][] jobs = {{"BI Developer", "Seguradora Vale do Sol S.A.", "03/2022 - Present", "Recife, Brazil"},
                {"Data Analyst", "Distribuidora Norte de Alimentos Ltda.", "05/2019 - 02/2022", "Natal, Brazil"}};
            float y = 704;
            for (String[] job : jobs) {
                text(cs, true, 12, 45, y, job[0]);
                text(cs, false, 11, 45, y - 14, job[1]);
                text(cs, false, 10, 45, y - 27, job[2]);
                text(cs, false, 10, 300, y - 27, job[3]);
                text(cs, false, 10, 57, y - 41, "Built the claims and sales reports the regional managers read each week.");
                y -= 64;
            }
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Seguradora Vale do Sol S.A.", "Distribuidora Norte de Alimentos Ltda.");
    }
}
