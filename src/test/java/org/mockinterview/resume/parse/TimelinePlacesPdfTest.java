package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mockinterview.resume.fixtures.ResumePdfBuilder.text;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

/**
 * A timeline sets each job's dates in a left gutter with its town in small type under them, and the title over the
 * employer to the right: the town is the place, and the employer line under it is still the header's.
 */
class TimelinePlacesPdfTest {

    @Test
    void theTownUnderTheGutterDatesLeavesTheEmployerInTheHeader() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 24, 40, 780, "Renata Okafor-Lima");
            text(cs, false, 11, 40, 762, "renata.ol@example.com");
            text(cs, true, 14, 52, 730, "Experiência Profissional");
            text(cs, true, 10, 60, 708, "abr. 2021 – atual");
            text(cs, true, 12, 152, 708, "Engenheira de Dados");
            text(cs, false, 8, 70, 698, "Recife, PE");
            text(cs, false, 11, 152, 694, "Maré Alta Logística S.A.");
            text(cs, false, 11, 164, 680, "Construí o pipeline de rastreamento de cargas em Kafka e Spark.");
            text(cs, false, 11, 164, 667, "Reduzi o atraso dos relatórios de 6 horas para 20 minutos.");
            text(cs, true, 10, 36, 645, "ago. 2018 – mar. 2021");
            text(cs, true, 12, 152, 645, "Analista de BI");
            text(cs, false, 8, 80, 635, "Olinda, PE");
            text(cs, false, 11, 152, 631, "Farmácias Boa Vista");
            text(cs, false, 11, 164, 617, "Painéis de vendas em Power BI para 60 lojas.");
            text(cs, true, 14, 52, 590, "Formação Acadêmica");
            text(cs, true, 10, 82, 568, "2014 – 2018");
            text(cs, true, 12, 152, 568, "Bacharelado em Estatística");
            text(cs, false, 11, 152, 554, "Universidade Federal do Agreste");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.experience()).extracting(Experience::title, Experience::organization, Experience::location)
                .containsExactly(
                        tuple("Engenheira de Dados", "Maré Alta Logística S.A.", "Recife, PE"),
                        tuple("Analista de BI", "Farmácias Boa Vista", "Olinda, PE"));
    }
}
