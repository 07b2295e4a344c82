package org.mockinterview.resume.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockinterview.resume.profile.ResumeProfile.Education;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Project;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Section-wide title/organisation order and per-entry confidence scores. */
class EntryOrderAndConfidenceTest {

    /** A project of the given name with a line of description under it. */
    private static Project described(String name) {
        return EntryConfidence.of(new Project(name, null, null, List.of("Built it in Python."), List.of(), List.of(),
                List.of()));
    }

    private static Experience printed(String first, String second) {
        return EntryConfidence.of(new Experience(first, second, null, "2019 - 2021", List.of("Shipped a billing service"),
                List.of(), List.of(), null));
    }

    @Test
    void organisationFirstSectionSwapsEveryEntryIncludingAmbiguousOnes() {
        List<Experience> oriented = ExperienceOrder.orient(List.of(printed("Nimbus Labs", "Software Engineer"),
                printed("Orbit Systems Inc", "Data Analyst"), printed("Quillon", "Fernway")));

        assertThat(oriented).extracting(Experience::title).containsExactly("Software Engineer", "Data Analyst", "Fernway");
        assertThat(oriented).extracting(Experience::organization)
                .containsExactly("Nimbus Labs", "Orbit Systems Inc", "Quillon");
    }

    @Test
    void titleFirstSectionKeepsWeakOutliersAndSwapsOnlyStrongOnes() {
        List<Experience> oriented = ExperienceOrder.orient(List.of(printed("Software Engineer", "Nimbus Labs"),
                printed("Data Analyst", "Orbit Systems Inc"), printed("Quillon Group", "Fernway"),
                printed("Harbor Labs", "Backend Developer"), printed("Platform Lead", "Harbor Tech")));

        assertThat(oriented).extracting(Experience::title).containsExactly("Software Engineer", "Data Analyst",
                "Quillon Group", "Backend Developer", "Platform Lead");
        assertThat(oriented.get(3).organization()).isEqualTo("Harbor Labs");
    }

    @Test
    void aSingleEntryFollowsItsOwnEvidence() {
        assertThat(ExperienceOrder.orient(List.of(printed("Nimbus Labs", "Software Engineer"))))
                .singleElement().extracting(Experience::title).isEqualTo("Software Engineer");
        assertThat(ExperienceOrder.orient(List.of(printed("Quillon", "Fernway"))))
                .singleElement().extracting(Experience::title).isEqualTo("Quillon");
    }

    @Test
    void aTemplateThatSetsTitleAndEmployerInLowercaseLosesNoConfidenceForIt() {
        assertThat(printed("senior data scientist", "harbourline").confidence()).isEqualTo(1.0);
        // one part alone in lowercase is still the sign of a fragment read off a line's end
        assertThat(printed("Student Assistant", "data science").confidence()).isLessThan(0.9);
    }

    @Test
    void entriesWithoutOrganisationAreNotSwapped() {
        Experience alone = printed("Freelance Developer", null);
        assertThat(ExperienceOrder.orient(List.of(alone, printed("Nimbus Labs", "Software Engineer"))).get(0))
                .extracting(Experience::title, Experience::organization).containsExactly("Freelance Developer", null);
    }

    @Test
    void swappedEntriesAreRescored() {
        Experience swapped = ExperienceOrder.orient(List.of(printed("Nimbus Labs", "Software Engineer"))).get(0);
        assertThat(printed("Nimbus Labs", "Software Engineer").confidence()).isLessThan(1.0);
        assertThat(swapped.confidence()).isEqualTo(1.0);
    }

    @Test
    void completeExperienceIsFullyTrusted() {
        assertThat(printed("Software Engineer", "Nimbus Labs").confidence()).isEqualTo(1.0);
        assertThat(printed("Software Engineer", "Nimbus Labs").trusted()).isTrue();
    }

    @Test
    void missingPartsAndSentencesLowerExperienceConfidence() {
        Experience bare = EntryConfidence.of(new Experience("Software Engineer", null, null, null, List.of(), List.of(),
                List.of(), null));
        Experience sentence = printed("Built the data pipeline. Then moved it to the cloud.", "Nimbus Labs");

        assertThat(bare.confidence()).isLessThan(0.5);
        assertThat(bare.trusted()).isFalse();
        assertThat(sentence.confidence()).isLessThan(printed("Data Engineer", "Nimbus Labs").confidence());
    }

    @Test
    void rolesJoinedToAnEmployerLineNeitherVoteNorTurn() {
        Experience grouped = printed("Software Engineer II", "Halden Payments");
        java.util.Set<Experience> placed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        placed.add(grouped);
        List<Experience> oriented = ExperienceOrder.orient(List.of(grouped, printed("Nimbus Labs", "Data Engineer"),
                printed("Quillon Freight", "Data Analyst")), placed);

        assertThat(oriented.get(0).title()).isEqualTo("Software Engineer II");
        assertThat(oriented).extracting(Experience::title).containsExactly("Software Engineer II", "Data Engineer",
                "Data Analyst");
    }

    @Test
    void anOrganisationOfJobWordsAloneIsATitleCutApartAndNotTrusted() {
        Experience cut = printed("Senior Analytics", "Engineer");

        assertThat(cut.trusted()).isFalse();
        assertThat(printed("Analytics Engineer", "Principal Mutual").trusted()).isTrue();
    }

    @Test
    void aSecondTitleInTheEmployersPlaceIsNotNamed() {
        // "Analyst, from 2021 Lead Risk Analyst": the later step of the role read as its employer
        assertThat(printed("Risk Analyst", "Lead Risk Analyst").confidence()).isLessThan(0.7);
        assertThat(printed("Risk Analyst", "Lead Analytics Group").confidence()).isGreaterThanOrEqualTo(0.7);
        assertThat(printed("Risk Analyst", "Harbour Engineering").confidence()).isGreaterThanOrEqualTo(0.7);
    }

    @ParameterizedTest
    @ValueSource(strings = { "x", "A", "jan 2020", "2019 - 2021", "Nimbus 2020", "---//..", "" })
    void datesSingleLettersAndSymbolsAreMalformedNames(String value) {
        assertThat(EntryConfidence.malformed(value)).isGreaterThanOrEqualTo(0.3);
    }

    @Test
    void malformedNamePenalties() {
        assertThat(EntryConfidence.malformed("Software Engineer")).isZero();
        assertThat(EntryConfidence.malformed("Nimbus Labs")).isZero();
        assertThat(EntryConfidence.malformed("数据")).isZero();
        assertThat(EntryConfidence.malformed("lowercase start here")).isGreaterThan(0);
        assertThat(EntryConfidence.malformed("Built the data pipeline. Then migrated it")).isGreaterThan(0);
        assertThat(EntryConfidence.malformed("One two three four five six seven eight nine ten eleven twelve thirteen"))
                .isGreaterThan(EntryConfidence.malformed("One two three four five six seven eight nine"))
                .isGreaterThan(0);
        assertThat(EntryConfidence.malformed(null)).isEqualTo(0.6);
    }

    @Test
    void educationAndProjectConfidence() {
        assertThat(EntryConfidence.of(new Education("Lakeside University", "BSc Physics", "2015 - 2018", null))
                .confidence()).isEqualTo(1.0);
        assertThat(EntryConfidence.of(new Education(null, "BSc Physics", null, null)).confidence()).isLessThan(0.5);
        assertThat(EntryConfidence.of(new Education("Quillon", "BSc Physics", "2015 - 2018", null)).confidence())
                .isLessThan(1.0);
        Project named = EntryConfidence.of(new Project("Ledgerline", null, "s", List.of("Budgeting library"), List.of(),
                List.of(), List.of(), null));
        Project prose = EntryConfidence.of(new Project("built a thing that does stuff.", null, "s", List.of(),
                List.of(), List.of(), List.of(), null));
        assertThat(named.confidence()).isEqualTo(1.0);
        assertThat(prose.confidence()).isLessThan(0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"del Valle de Aburrá", "khách hàng tiếng Việt", "data lake queried through Athena"})
    void aProjectNamedByTheWrappedEndOfACellIsNotTrusted(String name) {
        assertThat(described(name).trusted()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dashboard", "Forecast", "Kaggle", "Graduation Project", "Certificate",
            "Specialization, Coursera", "Azure Data Engineer Associate (DP-203)", "BEST SOCIAL IMPACT",
            "Senior Data Engineer", "Cloud Training Courses"})
    void aGenericWordACredentialAnAwardOrAJobTitleIsNoProjectToName(String name) {
        assertThat(described(name).trusted()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tide Finder (Open Data Day, 2nd place)", "Harbour Demand Forecast", "Kaggle Ferry Delays"})
    void aNamedProjectWithAPlacingOrAGenericWordInItIsTrusted(String name) {
        assertThat(described(name).trusted()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"isiZulu Sentiment Corpus", "e-Challan Payment Gateway", "pegelfunk (Open Source)",
            "sqlbom: an SQL linter", "Harbor Ledger"})
    void lowercaseProjectNamesOfTheirOwnAreTrusted(String name) {
        assertThat(described(name).trusted()).isTrue();
    }
}
