package org.mockinterview.resume.parse;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Education;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

import static org.assertj.core.api.Assertions.assertThat;

/** CV forms (Europass, label/value tables): labels are read as fields, never as titles or employers. */
class FormLabelsTest {

    @Test
    void europassEntriesComeOutAsTitleOrganizationAndDates() {
        ResumeProfile p = new ResumeTextParser().parse("""
                                         Curriculum Vitae
                Personal information
                  First name(s) / Surname(s)   Oskari Vehmaanperä-Diallo
                                     Address   Satamakatu 4, 20100 Turku
                                      E-mail   oskari.vd@example.org
                                 Nationality   Finnish
                Work experience
                                       Dates   03/2020 – present
                 Occupation or position held   Machine Learning Engineer
                 Main activities and responsibilities   Trained demand models for 40 harbour cranes in LightGBM
                                                          Cut idle crane hours by 12% in the first season
                            Name of employer   Lounais Port Services Oy, Turku
                  Type of business or sector   Port logistics
                                       Dates   09/2016 – 02/2020
                 Occupation or position held   Data Analyst
                            Name of employer   Kaarina Retail Oy
                Education and training
                                       Dates   2011 – 2016
              Title of qualification awarded   M.Sc. (Tech.) Applied Mathematics
                 Name and type of organisation providing   Aalto Coastal University
                                 education and training
                """).profile();

        assertThat(p.name()).isEqualTo("Oskari Vehmaanperä-Diallo");
        assertThat(p.email()).isEqualTo("oskari.vd@example.org");
        assertThat(p.experience()).extracting(Experience::title)
                .containsExactly("Machine Learning Engineer", "Data Analyst");
        assertThat(p.experience()).extracting(Experience::organization)
                .allSatisfy(o -> assertThat(o).doesNotContainIgnoringCase("employer").doesNotContain("Port logistics"))
                .first().asString().startsWith("Lounais Port Services Oy");
        assertThat(p.experience().get(0).highlights()).anySatisfy(h -> assertThat(h).contains("LightGBM"));
        assertThat(p.education()).extracting(Education::degree).containsExactly("M.Sc. (Tech.) Applied Mathematics");
        assertThat(p.education()).extracting(Education::institution).containsExactly("Aalto Coastal University");
    }

    @Test
    void labelsAreFoldedAcrossCaseAccentsAndPluralMarks() {
        assertThat(FormLabels.role("Fonction ou poste occupé")).isEqualTo(FormLabels.Role.TITLE);
        assertThat(FormLabels.role("NOMBRE Y DIRECCIÓN DE LA EMPRESA:")).isEqualTo(FormLabels.Role.ORGANIZATION);
        assertThat(FormLabels.role("Telephone(s)")).isEqualTo(FormLabels.Role.CONTACT);
        assertThat(FormLabels.wrappedRole("Principal subjects / occupational skills")).isEqualTo(FormLabels.Role.SUBJECTS);
        assertThat(FormLabels.afterNameLabel("Surname(s) / First name(s) Rautio Ksenia")).isEqualTo("Rautio Ksenia");
        assertThat(FormLabels.role("Senior Data Engineer")).isNull();
    }

    @Test
    void aResumeThatPrintsAFewContactLabelsIsLeftAsItIs() {
        ResumeProfile p = new ResumeTextParser().parse("""
                Amara Okonkwo-Lind
                Email   amara.ol@example.com
                Experience
                Data Scientist, Brightwater Foods          2019 – 2023
                  Built a shelf-life model in PyTorch.
                """).profile();

        assertThat(p.name()).isEqualTo("Amara Okonkwo-Lind");
        assertThat(p.experience()).extracting(Experience::title).containsExactly("Data Scientist");
    }

    @Test
    void aSectorLabelSetInTheValuesOwnCellIsDroppedAndInformationIsNoEducation() {
        ResumeProfile p = new ResumeTextParser().parse("""
                Tomé Abara-Lindqvist
                tome.al@example.pt
                INFORMAÇÃO ADICIONAL
                Carta de condução B
                EXPERIÊNCIA PROFISSIONAL
                Cientista de Dados                                03/2021–Presente
                Marés Seguros, S.A., Porto
                    Modelos de previsão de sinistros com LightGBM.
                Atividade ou setor Atividades de seguros
                Analista de Dados                                 09/2018–02/2021
                Ribeira Retalho, Lda., Braga
                    Segmentação de clientes com k-means.
                Atividade ou setor Comércio a retalho
                """).profile();

        assertThat(p.experience()).extracting(Experience::title).containsExactly("Cientista de Dados", "Analista de Dados");
        assertThat(p.sections()).extracting(ResumeProfile.Section::kind).doesNotContain("education");
    }

    @Test
    void aTablesHeaderRowAndBracketLabelsAreNotContentAndANameFieldLabelIsNotTheName() {
        ResumeProfile p = new ResumeTextParser().parse("""
                職務経歴書
                氏名   南雲 颯太
                sota.nagumo@example.jp
                ■職務要約
                物流企業で需要予測を担当しました。
                ■職務経歴
                期間   業務内容   役割・規模
                2021年10月～現在   機械学習エンジニア   【主な業務】
                    ・需要予測モデルの開発(LightGBM)
                ■活かせる経験・知識・技術
                Python、SQL
                """).profile();

        assertThat(p.name()).isEqualTo("南雲 颯太");
        assertThat(p.sections()).extracting(ResumeProfile.Section::kind)
                .containsExactly("summary", "experience", "skills");
        assertThat(p.experience()).extracting(Experience::title).containsExactly("機械学習エンジニア");
        assertThat(p.experience()).extracting(Experience::organization).doesNotContain("【主な業務】", "業務内容");
    }

    @Test
    void labelsSetInlineWithTheirValuesMakeTheSameForm() {
        ResumeProfile p = new ResumeTextParser().parse("""
                HOJA DE VIDA
                MARÍA JOSÉ PATIÑO ARANGO
                mj.patino@example.co
                EXPERIENCIA LABORAL
                CAFÉ DEL NEVADO S.A.S.
                Cargo: Analista de Datos
                Fecha: Marzo de 2021 – Actualidad
                Ciudad: Manizales
                Funciones y logros:
                    Modelos de rotación de clientes en Python.
                Jefe inmediato: Luis Ocampo – Director Comercial
                TRANSPORTES LA CORDILLERA S.A.
                Cargo: Auxiliar de Analítica
                Fecha: 01/2019 - 02/2021
                Ciudad: Pereira
                Funciones y logros:
                    Tableros de despacho en Power BI.
                """).profile();

        assertThat(p.name()).isEqualTo("MARÍA JOSÉ PATIÑO ARANGO");
        assertThat(p.experience()).extracting(Experience::title).containsExactly("Analista de Datos", "Auxiliar de Analítica");
        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("CAFÉ DEL NEVADO S.A.S.", "TRANSPORTES LA CORDILLERA S.A.");
        assertThat(p.experience()).extracting(Experience::location).containsExactly("Manizales", "Pereira");
    }

    @Test
    void aJobsKeyProjectsLineAnnouncesItsTextAsItsDutiesDo() {
        // "Key projects" set alone inside a job (AltaCV, Typst) heads the job's own lines, no project
        for (String label : java.util.List.of("Key projects", "Selected projects", "Nyckelprojekt", "Projets clés")) {
            assertThat(FormLabels.role(label)).as(label).isEqualTo(FormLabels.Role.ACTIVITIES);
        }
    }
}
