package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Heading vocabulary, section items, project names in prose and name lines of the contact block. */
class SectionVocabularyTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Open Source; projects", "Details; contact", "Perfis; contact", "Ich suche; summary", "Toolkit; skills", "CO-OP WORK TERMS; experience", "Freelance; experience", "Recognition; awards", "Weiterbildung; certifications",
            "Professional Development; certifications", "Praxiserfahrung; experience", "Berufserfahrung; experience", "SELECTED WORK; projects",
            "Work; experience", "LÍNGUAS; languages", "Esperienza professionale; experience", "Istruzione; education",
            "Werkervaring; experience", "Opleiding; education", "Vaardigheden; skills", "Competenze; skills",
            "Arbetslivserfarenhet; experience", "Utbildning; education", "DOŚWIADCZENIE ZAWODOWE; experience",
            "Umiejętności; skills", "İŞ DENEYİMİ; experience", "EĞİTİM; education", "## Experience; experience",
            "Appointments; experience", "Academic Appointments; experience", "Industry Positions; experience",
            "Positions of Responsibility; other", "TEKNISKA KUNSKAPER; skills", "Connaissances techniques; skills",
            "COMPETÊNCIAS LINGUÍSTICAS; languages", "Sprachkenntnisse; languages", "Compétences linguistiques; languages", "Career Objective; summary", "WORK EXPERIENCE (2 YEARS 4 MONTHS); experience",
            "Berufsausbildung; education", "Études; education", "DIPLÔMES; education", "Open-Source Contributions; projects", "Contributions; projects",
            "Software; projects", "Selected Software Packages; projects", "Research Projects; projects",
            "Grants; awards", "Fellowships and Grants; awards", "Tech Stack; skills", "Toolbox; skills",
            "Technical Stack:; skills", "Software Skills; skills", "Research Interests; interests",
            "Research Experience; experience", "Work Experience; experience" })
    void headingKinds(String heading, String kind) {
        assertThat(HeadingVocabulary.kindOf(heading)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Skills & Interests", "Skills and Hobbies", "Compétences et intérêts" })
    void headingsWithSkillAndInterestWordsAreClassifiedTheSameWayEveryRun(String heading) {
        assertThat(HeadingVocabulary.kindOf(heading)).contains("skills");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Summary: I build things, fast", "Built open source tools for five teams in 2021",
            "jane@example.org", "编程语言 Languages Python、C++、SQL" })
    void sentencesAndListsAreNotHeadings(String line) {
        assertThat(HeadingVocabulary.kindOf(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Workflow Profiler", "Query Profilers", "Reprojection Toolkit", "Kivu Research Centre",
            "Lakeside Education Trust" })
    void namesOfProjectsAndOrganisationsThatContainAHeadingWordAreNotHeadings(String line) {
        assertThat(HeadingVocabulary.kindOf(line)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Staff Engineer – Quillon Bank", "研究員 – ファブリカム研究所", "Data Analyst" })
    void entryTitlesNameAJob(String line) {
        assertThat(HeadingVocabulary.namesAJob(line)).isTrue();
    }

    @Test
    void sectionItemsJoinWrapsButKeepBulletsAndSentencesApart() {
        List<TextLine> lines = ResumeTextParser.lines("""
                • Built a pipeline that ingests
                events from twelve sources
                • Owned the on-call rota,
                Incident Reviews and runbooks
                Plain paragraph one.
                Plain paragraph Two.
                o   Second-level item
                """);

        assertThat(SectionItems.of(lines)).containsExactly("Built a pipeline that ingests events from twelve sources",
                "Owned the on-call rota, Incident Reviews and runbooks", "Plain paragraph one.", "Plain paragraph Two.",
                "Second-level item");
    }

    @Test
    void aSchoolOrAFirmNamedWithATechnologyWordIsNoSkillsHeading() {
        assertThat(HeadingVocabulary.kindOf("Kestrel Institute of Technology")).isEmpty();
        assertThat(HeadingVocabulary.kindOf("Harbourline Logistics Technologies")).isEmpty();
        assertThat(HeadingVocabulary.kindOf("Tools & Technologies")).contains("skills");
        assertThat(HeadingVocabulary.kindOf("Key Technologies")).contains("skills");
        assertThat(HeadingVocabulary.kindOf("Technologies")).contains("skills");
    }

    @ParameterizedTest
    @ValueSource(strings = {"SOBRE MIM", "Sobre mí", "À propos", "Chi sono", "Over mij", "Om mig", "About"})
    void aboutMeInEveryLanguageIsTheSummary(String heading) {
        assertThat(HeadingVocabulary.kindOf(heading)).contains("summary");
    }

    @Test
    void swedishPluralsAndTheCatchAllHeadingAreKnown() {
        assertThat(HeadingVocabulary.kindOf("Kompetenser")).contains("skills");
        assertThat(HeadingVocabulary.kindOf("Övrigt")).contains("other");
    }

    @Test
    void anAmpersandAddsNoWordToAHeading() {
        assertThat(HeadingVocabulary.kindOf("Selected Projects & Open Source")).contains("projects");
        assertThat(HeadingVocabulary.kindOf("Selected Projects and Open Source")).contains("projects");
        assertThat(HeadingVocabulary.kindOf("Projects built with the city library team")).isEmpty();
    }

    @Test
    void officeSuiteSecondLevelMarkers() {
        assertThat(EntryGrouper.BULLET.matcher("o   Reduced latency").lookingAt()).isTrue();
        assertThat(EntryGrouper.BULLET.matcher("o Reduced latency").lookingAt()).isTrue();
        assertThat(EntryGrouper.BULLET.matcher("o reduced latency").lookingAt()).isFalse();
        assertThat(EntryGrouper.BULLET.matcher("oversaw the launch").lookingAt()).isFalse();
        assertThat(EntryGrouper.BULLET.matcher("o que fazemos").lookingAt()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Lindqvist, M. (2023). ledgerline: A budgeting library for Kotlin.; ledgerline",
            "Lindqvist, M., & Osei, K. (2021). tidyquill. R package version 1.2.; tidyquill",
            "3. Varga, L. (2019b). Heronet: graph tools for labs. Zenodo.; Heronet" })
    void citationStyleNames(String line, String name) {
        assertThat(ProseProjects.citedName(line)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = { "Ledgerline: a budgeting app (2020)", "Built Ledgerline in 2020. It is used daily." })
    void linesWithoutCitationShapeHaveNoCitedName(String line) {
        assertThat(ProseProjects.citedName(line)).isEmpty();
    }

    @Test
    void appositiveNamesInRunningText() {
        String text = "Author of ledgerline, a library for budgeting in Kotlin. I also maintain quillmark, an editor "
                + "plugin for notes. Contributor to this, a thing nobody names.";

        assertThat(ProseProjects.appositiveNames(text)).containsExactly("ledgerline", "quillmark");
        assertThat(ProseProjects.appositiveNames("Co-author of heronet, a graph toolkit.")).containsExactly("heronet");
        assertThat(ProseProjects.sentenceAbout(text, "quillmark")).isEqualTo("I also maintain quillmark, an editor plugin for notes.");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Created ledgerline, a library for budgeting in Kotlin.",
            "Maintain ledgerline, a library for budgeting in Kotlin." })
    void appositiveAfterASentenceInitialVerb(String text) {
        assertThat(ProseProjects.appositiveNames(text)).containsExactly("ledgerline");
    }
}
