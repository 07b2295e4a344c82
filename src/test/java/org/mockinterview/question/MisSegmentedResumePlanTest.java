package org.mockinterview.question;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.PlannedQuestion;
import org.mockinterview.kernel.Source;
import org.mockinterview.resume.profile.ResumeProfile.Section;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.support.TestCaches;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A mis-segmented resume never leaks its malformed fields into questions, and still gets questions on its work. */
class MisSegmentedResumePlanTest {

    private static QuestionPlanner planner;

    private static final List<String> WORK = List.of(
            "• Cut fraud losses 18% with a gradient-boosted model on card transactions",
            "Built a real-time feature pipeline on Kafka and Spark serving 40M events a day",
            "Ran A/B tests on the checkout funnel that lifted conversion 3.2%",
            "Partnered with risk analysts to explain model decisions with SHAP",
            "Migrated nightly reports from Excel to dbt and BigQuery",
            "Mentored two junior analysts on statistics and SQL");

    @BeforeAll
    static void setUp() {
        planner = new QuestionPlanner(new QuestionBank(), new ProjectTemplates(),
                TestCaches.queryVectors(MiniLmTest.model()));
    }

    @Test
    void malformedOrUntrustedFieldsAreNeverNamed() {
        ResumeProfile profile = new ResumeProfile(null, null, null, List.of(), List.of(),
                List.of(new ResumeProfile.Experience("Data Scientist in Residence, Galvanize", "Feb to", null, null,
                                List.of("Taught machine learning to 40 students"), List.of("Python"), List.of()),
                        new ResumeProfile.Experience("Analyst", "Contoso Labs", null, null,
                                List.of("Built churn models in SQL"), List.of("SQL"), List.of(), 0.2)),
                List.of(new ResumeProfile.Project("droneseed talk PyCascades talk Strata + Hadoop", null, null,
                                List.of(), List.of("Hadoop"), List.of(), List.of()),
                        new ResumeProfile.Project("o", null, null, List.of(), List.of("Spark"), List.of(), List.of()),
                        new ResumeProfile.Project("Quiet Name", null, null, List.of(), List.of("Spark"), List.of(),
                                List.of(), 0.3)),
                List.of(), List.of("Python"));
        List<PlannedQuestion> plan = planner.plan(profile, null, null, 2, null, null);
        assertThat(plan).hasSize(10).allSatisfy(q -> {
            String seen = q.text() + " | " + q.projectRef();
            assertThat(seen).doesNotContain("droneseed", "Feb", "Galvanize", "Contoso", "Quiet Name", "In o ");
        });
    }

    @Test
    void aProjectNamedLikeTheCandidateOrLikeASkillIsNoProject() {
        ResumeProfile profile = new ResumeProfile("Rita Abernathy-Osei", null, null, List.of(), List.of(), List.of(),
                List.of(new ResumeProfile.Project("Rita Abernathy-Osei", null, null, List.of("Built a thing"),
                                List.of("Go"), List.of(), List.of()),
                        new ResumeProfile.Project("TimescaleDB", null, null, List.of("Stored sensor readings"),
                                List.of("Grafana"), List.of(), List.of()),
                        new ResumeProfile.Project("Tidelog", null, null, List.of("Tide gauge logger in Rust"),
                                List.of("Rust"), List.of(), List.of())),
                List.of(), List.of("TimescaleDB", "Rust"));
        List<PlannedQuestion> plan = planner.plan(profile, null, null, 2, null, null);
        assertThat(plan).allSatisfy(q -> assertThat(q.text() + " | " + q.projectRef())
                .doesNotContain("Abernathy", "in TimescaleDB", "through TimescaleDB"));
        assertThat(plan).anySatisfy(q -> assertThat(q.projectRef()).isEqualTo("Tidelog"));
    }

    @Test
    void whereTheParserWasUnsureABareNameIsNotAskedAbout() {
        ResumeProfile profile = new ResumeProfile(null, null, null, List.of(),
                List.of(new Section("Projects", "projects", WORK)), List.of(),
                List.of(new ResumeProfile.Project("Lakeside Institute", null, null, List.of(), List.of(), List.of(),
                                List.of(), 0.8),
                        new ResumeProfile.Project("Misread clause of a sentence", null, null, List.of("x"),
                                List.of("Go"), List.of(), List.of(), 0.3)),
                List.of(), List.of("Python"));
        List<PlannedQuestion> plan = planner.plan(profile, null, null, 2, null, null);
        assertThat(plan).allSatisfy(q -> assertThat(q.text() + " | " + q.projectRef()).doesNotContain("Lakeside"));
        assertThat(plan).anySatisfy(q -> assertThat(q.text()).contains("fraud losses"));
    }

    @Test
    void aResumeThatCouldNotBeSegmentedIsAskedAboutItsOwnSentencesInEveryCategory() {
        ResumeProfile profile = sectionsOnly(WORK);
        List<PlannedQuestion> plan = planner.plan(profile, null, null, 2, null, null);
        Map<Category, List<PlannedQuestion>> own = plan.stream().filter(q -> q.source() == Source.TEMPLATE)
                .collect(Collectors.groupingBy(PlannedQuestion::category));
        assertThat(own).containsOnlyKeys(Category.values());
        List<PlannedQuestion> quoted = own.values().stream().flatMap(List::stream).toList();
        assertThat(quoted).allSatisfy(q -> {
            assertThat(q.text()).startsWith("Your resume says: \u201c").doesNotContain("•", "{", "  ")
                    .matches(".*[?.]$");
            assertThat(q.projectRef()).isNotBlank().hasSizeLessThanOrEqualTo(WorkStatements.MAX_EXCERPT);
            assertThat(q.text()).contains(q.projectRef().replace("…", ""));
            assertThat(q.rationale()).startsWith("Deep-dive on what your resume says");
        });
        // six statements for five categories: none is quoted twice
        assertThat(quoted.stream().map(PlannedQuestion::projectRef).toList()).doesNotHaveDuplicates();
        // the ones with metrics and technologies are asked first
        assertThat(quoted.stream().map(PlannedQuestion::projectRef).toList())
                .doesNotContain("Mentored two junior analysts on statistics and SQL");
    }

    @Test
    void statementsAreReusedOnlyWhenThereAreTooFewForTheInterview() {
        List<PlannedQuestion> plan = planner.plan(sectionsOnly(WORK.subList(0, 2)), null, null, 2, null, null);
        List<String> refs = plan.stream().filter(q -> q.source() == Source.TEMPLATE).map(PlannedQuestion::projectRef)
                .toList();
        assertThat(refs).hasSize(5);
        assertThat(refs.subList(0, 2)).doesNotHaveDuplicates();
        assertThat(refs.stream().distinct().count()).isEqualTo(2);
    }

    @Test
    void aTrustedEntryWithoutANameWorthyFieldIsAskedAboutThroughItsHighlights() {
        ResumeProfile profile = new ResumeProfile(null, null, null, List.of(), List.of(),
                List.of(new ResumeProfile.Experience("Summer 2019", "Summer 2019", null, null,
                        List.of("Forecast weekly demand for 300 stores with Prophet, cutting stock-outs 12%"),
                        List.of(), List.of())),
                List.of(), List.of(), List.of());
        List<PlannedQuestion> own = planner.plan(profile, null, null, 2, null, null).stream()
                .filter(q -> q.source() == Source.TEMPLATE).toList();
        assertThat(own).hasSize(5).allSatisfy(q -> assertThat(q.text()).contains(
                "\u201cForecast weekly demand for 300 stores with Prophet, cutting stock-outs 12%.\u201d")
                .doesNotContain("Summer 2019"));
    }

    @Test
    void namedEntriesStillLeadWhenThereAreAny() {
        List<PlannedQuestion> plan = planner.plan(QuestionPlannerTest.FRAUD_RESUME, null, null, 2, null, null);
        assertThat(plan.stream().filter(q -> q.source() == Source.TEMPLATE).map(PlannedQuestion::projectRef))
                .hasSize(5).allMatch(r -> r.equals("Card Fraud Detection")
                        || r.equals("Data Scientist, Northwind Bank"));
    }

    private static ResumeProfile sectionsOnly(List<String> lines) {
        return new ResumeProfile(null, null, null, List.of(),
                List.of(new Section("Summary", "summary", List.of("Data scientist who likes hard problems")),
                        new Section("Experience", "experience", lines),
                        new Section("Education", "education", List.of("MSc Statistics, 2018"))),
                List.of(), List.of(), List.of(), List.of("Python", "SQL"));
    }
}
