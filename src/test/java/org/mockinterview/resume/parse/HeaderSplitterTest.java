package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Splitting header text into title, organisation and project names, and the title/degree lexicon behind it. */
class HeaderSplitterTest {

    @Test
    void splitsOnlyOutsideParentheses() {
        assertThat(HeaderSplitter.split("Software Engineer | Nimbus Labs (Lisbon | Remote)", true))
                .containsExactly("Software Engineer", "Nimbus Labs (Lisbon | Remote)");
        assertThat(HeaderSplitter.split("Team Lead – Harbor Tech (a spin-off - of Orbit)", true))
                .containsExactly("Team Lead", "Harbor Tech (a spin-off - of Orbit)");
        assertThat(HeaderSplitter.split("Intern · Fernway Group · Oslo", true))
                .containsExactly("Intern", "Fernway Group", "Oslo");
    }

    @Test
    void dashesAndAtSignsSplitOnlyExperienceHeaders() {
        assertThat(HeaderSplitter.split("Backend Developer @ Quillon", true)).containsExactly("Backend Developer", "Quillon");
        assertThat(HeaderSplitter.split("Backend Developer @ Quillon", false)).containsExactly("Backend Developer @ Quillon");
        assertThat(HeaderSplitter.split("Route Planner - a trip optimiser", false))
                .containsExactly("Route Planner - a trip optimiser");
    }

    @Test
    void durationsAreRemoved() {
        assertThat(HeaderSplitter.split("Data Analyst - Orbit Systems (2 years)", true))
                .containsExactly("Data Analyst", "Orbit Systems");
        assertThat(HeaderSplitter.split("Data Analyst (1 yr) - Orbit Systems", true))
                .containsExactly("Data Analyst", "Orbit Systems");
        assertThat(HeaderSplitter.split("Research Intern | Riverbend Laboratory | (6 months)", true))
                .containsExactly("Research Intern", "Riverbend Laboratory");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Software Engineer, Nimbus Labs; Software Engineer; Nimbus Labs",
            "Software Engineer at Nimbus Labs; Software Engineer; Nimbus Labs",
            "Data Analyst for Orbit Systems (Lisbon); Data Analyst; Orbit Systems (Lisbon)",
            "Consultant with Brightpath Partners; Consultant; Brightpath Partners",
            "Software Engineer, Nimbus Labs, Lisbon; Software Engineer; Nimbus Labs",
            "Software Engineer, Nimbus Labs, Lisbon, Portugal; Software Engineer; Nimbus Labs",
            "Nimbus Labs, Software Engineer; Nimbus Labs; Software Engineer",
            "Platform Engineer (at Orbit) at Nimbus Labs; Platform Engineer (at Orbit); Nimbus Labs",
            // a title whose other words are organisation words ("Research") still ends in its head noun
            "Research Scientist, Quillon Publishing; Research Scientist; Quillon Publishing",
            "Full Stack Developer, Fernway, Inc.; Full Stack Developer; Fernway, Inc.",
            "Data Analyst, Halden Freight, LLC, Oslo; Data Analyst; Halden Freight, LLC",
            "Statistician, Fernway Freight S.A.; Statistician; Fernway Freight S.A.",
            "Analytics Manager, Halden Institute for Informatics; Analytics Manager; Halden Institute for Informatics",
            // a spaced "@", and a connector word that comes again inside the employer's name
            "Engenheira de Dados @ Jacarandá Seguros; Engenheira de Dados; Jacarandá Seguros",
            "Postdoctoral Fellow, Quillon Institute for Ocean Data, Hobart; Postdoctoral Fellow; Quillon Institute for Ocean Data",
            "Analista de Datos Senior en Seguros en Red Andina; Analista de Datos Senior; Seguros en Red Andina",
            // Portuguese joins them with "em"
            "Cientista de Dados em Mercado Jatobá S.A.; Cientista de Dados; Mercado Jatobá S.A." })
    void titleAndOrganisationInOnePart(String part, String first, String second) {
        assertThat(HeaderSplitter.titleAndOrganisation(part)).containsExactly(first, second);
    }

    @Test
    void partsWithoutTitleOrOrganisationEvidenceStayWhole() {
        assertThat(HeaderSplitter.titleAndOrganisation("Quillon, Fernway")).containsExactly("Quillon, Fernway");
        assertThat(HeaderSplitter.titleAndOrganisation("Platform Engineering")).containsExactly("Platform Engineering");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1- Ledgerline; Ledgerline",
            "2. Ledgerline; Ledgerline",
            "(3) Ledgerline; Ledgerline",
            "Ledgerline (github.com/mlind/ledgerline); Ledgerline",
            "Ledgerline [https://ledgerline.dev]; Ledgerline",
            "ledgerline — github.com/mlind/ledgerline; ledgerline",
            "Ledgerline | https://pypi.org/project/ledgerline; Ledgerline",
            "Maintainer, Hyperschedule; Hyperschedule",
            "Core Contributor, Quillmark.; Quillmark",
            "Ledgerline.; Ledgerline",
            "Ledgerline (Kotlin, Compose); Ledgerline (Kotlin, Compose)",
            "Harbour Routing for Ferry Timetables (course project, CS 412 Network; Harbour Routing for Ferry Timetables" })
    void projectNames(String raw, String expected) {
        assertThat(HeaderSplitter.projectName(raw)).isEqualTo(expected);
    }

    @Test
    void titleScoresSeparateTitlesFromOrganisations() {
        assertThat(TitleLexicon.titleScore("Senior Software Engineer")).isPositive();
        assertThat(TitleLexicon.titleScore("Ingénieur logiciel")).isPositive();
        assertThat(TitleLexicon.titleScore("Nimbus Labs GmbH")).isNegative();
        assertThat(TitleLexicon.titleScore("Lakeside University")).isNegative();
        assertThat(TitleLexicon.titleScore("Quillon")).isZero();
        // the head of an English title is its last word, whatever the words before it say of a company
        assertThat(TitleLexicon.titleScore("Undergraduate Research Assistant")).isPositive();
        assertThat(TitleLexicon.titleScore("Institute for Research")).isNegative();
        assertThat(TitleLexicon.titleScore("数据分析师")).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = { "HSC", "SSC in Science", "B-Tech Computer Science", "B.Tech", "BTech", "M.Tech",
            "HBSc Biology", "M1 Informatique", "DUT Informatique", "Bac S", "Bachelor of Science", "MSc Physics",
            "PhD in Chemistry", "High School Diploma", "Licence 3", "Abitur", "Mestrado em Engenharia" })
    void degreeWords(String part) {
        assertThat(TitleLexicon.hasDegree(part)).isTrue();
        assertThat(TitleLexicon.degreeAt(part)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Basic training", "Bacon Street", "Duty Manager", "Mastery of SQL", "Nimbus Labs" })
    void wordsThatOnlyStartLikeDegrees(String part) {
        assertThat(TitleLexicon.hasDegree(part)).isFalse();
    }

    @Test
    void institutionsInSeveralLanguages() {
        assertThat(TitleLexicon.isInstitution("École Polytechnique")).isTrue();
        assertThat(TitleLexicon.isInstitution("Technische Hochschule Nord")).isTrue();
        assertThat(TitleLexicon.isInstitution("Riverbend Laboratory")).isTrue();
        assertThat(TitleLexicon.isInstitution("Lycée Voltaire")).isTrue();
        assertThat(TitleLexicon.isInstitution("Nimbus Labs")).isFalse();
        assertThat(TitleLexicon.degreeAt("Lakeside University, BSc Physics")).isEqualTo(21);
    }

    @Test
    void aKoreanOrJapaneseCompanyMarkedAsOneIsSplitFromTheTitleAfterIt() {
        assertThat(EntryHeader.orgBeforeCjkTitle(java.util.List.of("물결모빌리티(주) 데이터 엔지니어 (파트 리드)")))
                .containsExactly("물결모빌리티(주)", "데이터 엔지니어 (파트 리드)");
        assertThat(EntryHeader.orgBeforeCjkTitle(java.util.List.of("프로덕트 엔지니어")))
                .containsExactly("프로덕트 엔지니어");
    }
}
