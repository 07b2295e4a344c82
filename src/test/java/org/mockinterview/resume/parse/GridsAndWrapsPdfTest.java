package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Section;

/**
 * Skills as web templates set them: a list in three CSS columns whose third column stands apart like a page
 * column, a table of labels set flush right beside their lists, and a sidebar heading that wrapped in two.
 */
class GridsAndWrapsPdfTest {

    private static final PDType1Font REGULAR = new PDType1Font(FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(FontName.HELVETICA_BOLD);

    @Test
    void aNarrowSidebarsRegularHeadingAndItemsWrapMidPhrase() throws Exception {
        // a profile export: large regular headings and items in a column too narrow for them
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, REGULAR, 17, 30, 760, "Coordonnées");
            ResumePdfBuilder.text(cs, REGULAR, 12, 30, 742, "ines.garnier@example.org");
            ResumePdfBuilder.text(cs, REGULAR, 17, 30, 714, "Principales");
            ResumePdfBuilder.text(cs, REGULAR, 17, 30, 697, "compétences");
            float y = 679;
            for (String item : new String[] {"Apprentissage par", "renforcement", "Séries", "temporelles", "JAX"}) {
                boolean rest = Character.isLowerCase(item.charAt(0));
                y -= rest ? 13 : 17; // a wrapped rest sits tighter under its item than items under each other
                ResumePdfBuilder.text(cs, REGULAR, 12, 30, y, item);
            }
            ResumePdfBuilder.text(cs, REGULAR, 17, 30, 560, "Langues");
            ResumePdfBuilder.text(cs, REGULAR, 12, 30, 542, "Français (natif)");
            ResumePdfBuilder.text(cs, REGULAR, 26, 220, 760, "Inès Garnier");
            ResumePdfBuilder.text(cs, REGULAR, 20, 220, 714, "Expérience");
            ResumePdfBuilder.text(cs, BOLD, 13, 220, 694, "Ingénieure en apprentissage automatique");
            ResumePdfBuilder.text(cs, REGULAR, 12, 220, 678, "Lumière Logistique");
            ResumePdfBuilder.text(cs, REGULAR, 12, 220, 662, "mars 2021 - aujourd'hui (3 ans)");
            ResumePdfBuilder.text(cs, REGULAR, 20, 220, 620, "Formation");
            ResumePdfBuilder.text(cs, REGULAR, 12, 220, 600, "Université de Nordville");
        });
        ResumeProfile p = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();

        assertThat(p.sections()).extracting(Section::heading).contains("Principales compétences");
        assertThat(p.skills()).containsExactly("Apprentissage par renforcement", "Séries temporelles", "JAX");
    }

    @Test
    void aThreeColumnSkillsListStaysInItsSection() throws Exception {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 22, 56, 740, "Lívia Tavares Brandão");
            ResumePdfBuilder.text(cs, REGULAR, 11, 56, 722, "livia.brandao@example.org");
            ResumePdfBuilder.text(cs, BOLD, 14, 56, 690, "Resumo");
            ResumePdfBuilder.text(cs, REGULAR, 11, 56, 674,
                    "Cientista de dados com seis anos de experiência em crédito, varejo e logística no Brasil.");
            ResumePdfBuilder.text(cs, BOLD, 14, 56, 640, "Habilidades");
            String[][] grid = {{"Python", "PyTorch", "AWS SageMaker"}, {"SQL", "MLflow", "Databricks"},
                {"PySpark", "Feast", "Testes A/B"}, {"LightGBM", "Docker", "GitHub Actions"}};
            float y = 622;
            for (String[] row : grid) {
                ResumePdfBuilder.text(cs, REGULAR, 11, 72, y, row[0]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 240, y, row[1]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 410, y, row[2]);
                y -= 15;
            }
            ResumePdfBuilder.text(cs, BOLD, 14, 56, 550, "Idiomas");
            ResumePdfBuilder.text(cs, REGULAR, 11, 56, 534, "Português (nativo) · Inglês (fluente)");
            ResumePdfBuilder.text(cs, BOLD, 14, 56, 505, "Cursos e Certificações");
            ResumePdfBuilder.text(cs, REGULAR, 11, 56, 489, "Especialização em Ciência de Dados, 2020");
        });
        ResumeProfile p = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();

        assertThat(p.skills()).containsExactlyInAnyOrder("Python", "PyTorch", "AWS SageMaker", "SQL", "MLflow",
                "Databricks", "PySpark", "Feast", "Testes A/B", "LightGBM", "Docker", "GitHub Actions");
    }

    @Test
    void labelsSetFlushRightAreNoSkillsAndAListStartingLowercaseIsNoWrap() throws Exception {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 22, 50, 740, "Minh Anh Tröger");
            ResumePdfBuilder.text(cs, REGULAR, 11, 50, 722, "minh.troeger@example.org");
            ResumePdfBuilder.text(cs, BOLD, 12, 50, 690, "KENNTNISSE");
            String[][] rows = {{"Programmierung", "Python, SQL, Java, R (Grundkenntnisse)"},
                {"Daten & BI", "pandas, scikit-learn, Power BI"}, {"Werkzeuge", "Git, Docker, Linux"}};
            float y = 672;
            for (String[] row : rows) {
                float width = BOLD.getStringWidth(row[0]) / 1000 * 11;
                ResumePdfBuilder.text(cs, BOLD, 11, 160 - width, y, row[0]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 175, y, row[1]);
                y -= 16;
            }
            ResumePdfBuilder.text(cs, BOLD, 12, 50, 610, "SPRACHEN");
            ResumePdfBuilder.text(cs, REGULAR, 11, 50, 594, "Deutsch (Muttersprache), Englisch (C1)");
        });
        ResumeProfile p = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();

        assertThat(p.skills()).containsExactly("Python", "SQL", "Java", "R (Grundkenntnisse)", "pandas",
                "scikit-learn", "Power BI", "Git", "Docker", "Linux");
    }

    @Test
    void labelsBesideLongerValuesAreATableNotTwoPageColumns() throws Exception {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 22, 70, 740, "Anselm Dietrichsen");
            ResumePdfBuilder.text(cs, REGULAR, 11, 70, 722, "anselm.dietrichsen@example.org");
            ResumePdfBuilder.text(cs, BOLD, 14, 70, 690, "Berufserfahrung");
            ResumePdfBuilder.text(cs, REGULAR, 11, 70, 672,
                    "Data Engineer bei der Nordwind Versicherung AG in Kiel, zuständig für die Datenplattform und das Reporting.");
            ResumePdfBuilder.text(cs, BOLD, 14, 70, 640, "IT-Kenntnisse");
            String[][] rows = {{"Programmiersprachen", "Python, SQL, Scala, Bash"},
                {"Plattformen", "Microsoft Azure, Databricks, Snowflake, Oracle"},
                {"Werkzeuge", "dbt, Apache Airflow, Kafka, Terraform, Git, Docker"},
                {"Methoden", "Data Vault 2.0, Dimensionale Modellierung, Scrum"}};
            float y = 620;
            for (String[] row : rows) {
                ResumePdfBuilder.text(cs, REGULAR, 11, 70, y, row[0]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 200, y, row[1]);
                y -= 16;
            }
            ResumePdfBuilder.text(cs, BOLD, 14, 70, 545, "Sprachen");
            String[][] languages = {{"Deutsch", "Muttersprache"}, {"Englisch", "verhandlungssicher (C1)"},
                {"Französisch", "Grundkenntnisse (A2)"}};
            y = 525;
            for (String[] row : languages) {
                ResumePdfBuilder.text(cs, REGULAR, 11, 70, y, row[0]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 200, y, row[1]);
                y -= 16;
            }
            ResumePdfBuilder.text(cs, BOLD, 14, 70, 460, "Interessen");
            ResumePdfBuilder.text(cs, REGULAR, 11, 70, 442,
                    "Rennradfahren, Schach im Verein und die Organisation eines monatlichen Treffens für Datenleute.");
        });
        ResumeProfile p = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();

        assertThat(p.skills()).contains("Python", "Scala", "Databricks", "Apache Airflow", "Scrum")
                .doesNotContain("Programmiersprachen", "Werkzeuge");
    }

    @Test
    void sideBySideSectionsWhoseTextStartsLeftOfItsHeadingKeepTheirItems() throws Exception {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 22, 50, 740, "Nerea Castelló Ibáñez");
            ResumePdfBuilder.text(cs, REGULAR, 11, 50, 722, "nerea.castello@example.org");
            ResumePdfBuilder.text(cs, BOLD, 14, 50, 690, "PERFIL");
            ResumePdfBuilder.text(cs, REGULAR, 11, 50, 674,
                    "Científica de datos con seis años en energía y seguros, centrada en modelos que se usan en producción.");
            ResumePdfBuilder.text(cs, BOLD, 14, 54, 640, "COMPETENCIAS TÉCNICAS");
            ResumePdfBuilder.text(cs, BOLD, 14, 319, 640, "IDIOMAS");
            String[][] left = {{"Python", "SQL", "LightGBM"}, {"MLflow", "Airflow", "Docker"}};
            String[] right = {"Español · nativo", "Inglés · C1", "Francés · B1"};
            for (int r = 0; r < 3; r++) {
                float y = 622 - r * 14;
                if (r < left.length) {
                    for (int k = 0; k < 3; k++) {
                        ResumePdfBuilder.text(cs, REGULAR, 10, 50 + k * 70, y, left[r][k]);
                    }
                }
                ResumePdfBuilder.text(cs, REGULAR, 11, 310, y, right[r]); // nine points left of its heading
            }
            ResumePdfBuilder.text(cs, BOLD, 14, 50, 560, "EXPERIENCIA");
            ResumePdfBuilder.text(cs, BOLD, 11, 50, 542, "Científica de datos — Iberluz Energía");
            ResumePdfBuilder.text(cs, REGULAR, 11, 470, 542, "2021 – actualidad");
            ResumePdfBuilder.text(cs, REGULAR, 11, 60, 528, "• Previsión de demanda horaria para 2 millones de clientes.");
        });
        ResumeProfile p = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();

        assertThat(p.skills()).containsExactlyInAnyOrder("Python", "SQL", "LightGBM", "MLflow", "Airflow", "Docker");
    }

    @Test
    void aSidebarHeadingThatWrappedIsOneHeading() throws Exception {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 11, 25, 740, "COMPETÊNCIAS");
            ResumePdfBuilder.text(cs, BOLD, 11, 25, 727, "TÉCNICAS");
            ResumePdfBuilder.text(cs, REGULAR, 10, 31, 712, "Python, Django, FastAPI");
            ResumePdfBuilder.text(cs, REGULAR, 10, 31, 699, "PostgreSQL, Redis, Docker");
            ResumePdfBuilder.text(cs, BOLD, 11, 25, 670, "IDIOMAS");
            ResumePdfBuilder.text(cs, REGULAR, 10, 31, 655, "Português, Inglês");
        });
        ResumeProfile p = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();

        assertThat(p.sections()).extracting(Section::heading).contains("COMPETÊNCIAS TÉCNICAS");
        assertThat(p.skills()).containsExactly("Python", "Django", "FastAPI", "PostgreSQL", "Redis", "Docker");
    }
}
