package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Section headings, job titles, schools and dates as German, Spanish and Portuguese resumes print them. */
class LanguageVocabularyTest {

    @ParameterizedTest
    @CsvSource({
            "Experiência Profissional, experience", "Formação Acadêmica, education", "Competências, skills",
            "Conhecimentos Técnicos, skills", "Projetos, projects", "Publicações, publications",
            "Experiencia Laboral, experience", "Formación Académica, education", "Conocimientos, skills",
            "Proyectos, projects", "Logros, awards", "Herramientas, skills",
            "Berufserfahrung, experience", "Ausbildung, education", "Kenntnisse, skills", "Projekte, projects",
            "Werkzeuge, skills", "Sprachen, languages" })
    void headingsOpenTheirKindOfSection(String heading, String kind) {
        assertThat(HeadingVocabulary.kindOf(heading)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Engenheiro de Dados", "Cientista de Dados", "Ingeniero de Software",
            "Analista de Datos", "Softwareentwickler", "Projektleiter", "Datenwissenschaftler", "Científica de Datos",
            "Engenheira de Software", "Softwareentwicklerin", "Werkstudentin Data Analytics" })
    void jobTitlesScoreAsTitles(String title) {
        assertThat(TitleLexicon.titleScore(title)).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Universidad de Chile", "Universidade Federal do Rio Grande", "Instituto Tecnológico",
            "Technische Universität Berlin", "Karadeniz Kıyı Üniversitesi", "Uniwersytet Nadmorski",
            "Politechnika Śląsko-Morska", "Kendriya Vidyalaya No. 4, Nashik", "Colegio San Telmo", "Kolej Matrikulasi Johor",
            "Liceo Scientifico Galilei", "한강고등학교" })
    void schoolsAreInstitutions(String school) {
        assertThat(TitleLexicon.isInstitution(school)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = { "jan de 2020 - atual; jan de 2020 - atual",
            "marzo 2019 - hasta la fecha; marzo 2019 - hasta la fecha", "Mai 2018 - heute; Mai 2018 - heute" })
    void rangesToTheirPresentWords(String text, String expected) {
        assertThat(DatePatterns.find(text)).hasValueSatisfying(f -> assertThat(f.value()).isEqualTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Android 영상 편집기를 개발", "추천 모델을 설계하고 배포함", "推薦モデルを開発した" })
    void clausesInKoreanAndJapaneseAreNotNames(String clause) {
        assertThat(EntryConfidence.malformed(clause)).isGreaterThanOrEqualTo(0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = { "음성 감정 인식", "추천 시스템 고도화", "用户流失预警系统", "医学影像分割" })
    void cjkProjectNamesAreNames(String name) {
        assertThat(EntryConfidence.malformed(name)).isZero();
    }
}
