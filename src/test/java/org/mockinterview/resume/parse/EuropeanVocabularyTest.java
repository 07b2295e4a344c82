package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Headings, dates and job titles of Italian, Nordic, Czech, Finnish, Malay, Iberian, Polish and Vietnamese CVs. */
class EuropeanVocabularyTest {

    @org.junit.jupiter.api.Test
    void aDegreeNamingComputingIsNoSkillsHeading() {
        assertThat(HeadingVocabulary.kindOf("Mestrado em Engenharia Informática")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Nanyang Technological University", "Technologische Hochschule Nordstadt",
            "Instituto Tecnologico de Monterrey" })
    void aSchoolNamedByAnAdjectiveIsNoSkillsHeading(String school) {
        assertThat(HeadingVocabulary.kindOf(school)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "Technologies, skills", "Competencias lingüísticas, languages", "Technical Skills, skills",
            // Norwegian plurals, alone and as the head of a compound
            "Prosjekter, projects", "Forskningsprosjekter, projects" })
    void headingWordsAndTheirAdjectivesOutsideSchoolNamesStillCount(String heading, String kind) {
        assertThat(HeadingVocabulary.kindOf(heading)).contains(kind);
    }

    @ParameterizedTest
    @CsvSource({ "Posizioni, experience", "Cursos complementares, certifications", "Formación complementaria, certifications",
            "Resumo de qualificações, summary", "KINH NGHIỆM LÀM VIỆC, experience", "HỌC VẤN, education", "DỰ ÁN, projects",
            "KỸ NĂNG, skills", "NGOẠI NGỮ, languages", "Podsumowanie zawodowe, summary", "Informática, skills", "EDV, skills",
            "Pubblicazioni selezionate, publications", "Didattica, other",
            "Finanziamenti, awards", "Erhvervserfaring, experience", "Uddannelse, education", "Udvalgte publikationer, publications",
            "Kompetencer, skills", "Sprog, languages", "Arbeidserfaring, experience", "Utdanning, education",
            "Ferdigheter, skills", "Programvare, projects", "Undervisning og verv, other", "Pracovní zkušenosti, experience",
            "Vzdělání, education", "Dovednosti, skills", "Jazykové znalosti, languages", "Osobní údaje, contact",
            "Contato, contact", "Detalhes, contact", "Detalles, contact",
            "Posizione ricoperta, summary", "Desired employment / Occupational field, summary" })
    void headingsOpenTheirKindOfSection(String heading, String kind) {
        assertThat(HeadingVocabulary.kindOf(heading)).contains(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "dal novembre 2022; dal novembre 2022", "febbraio – luglio 2021; febbraio – luglio 2021",
            "siden sep. 2022; siden sep. 2022", "2021 – nå; 2021 – nå", "sommeren 2019; sommeren 2019",
            "od 03/2022; od 03/2022", "červenec 2017 – září 2017; červenec 2017 – září 2017", "Mac 2022 – Kini; Mac 2022 – Kini" })
    void localMonthsOpenersAndNowMakeDates(String text, String expected) {
        assertThat(DatePatterns.find(text)).hasValueSatisfying(f -> assertThat(f.value()).isEqualTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Assegnista di ricerca", "Ph.d.-studerende", "Dataanalytiker", "Jurutera Data",
            "Penganalisis Data", "Onderzoeker", "Utvikler", "Analityk danych", "Stażystka", "Programistka Python" })
    void localJobTitlesScoreAsTitles(String title) {
        assertThat(TitleLexicon.titleScore(title)).isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "Dataanalytiker, kreditrisk; 1", "Research Fellow, Centre for Applied Computing; 2" })
    void aLowerCaseFieldAfterTheTitleIsNoOrganisation(String header, int parts) {
        assertThat(HeaderSplitter.titleAndOrganisation(header)).hasSize(parts);
    }
}
