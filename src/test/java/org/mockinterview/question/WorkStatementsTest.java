package org.mockinterview.question;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.profile.ResumeProfile.Section;
import org.mockinterview.resume.profile.ResumeProfile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The candidate's own sentences become quotable statements; fragments, lists, headers and contact lines do not. */
class WorkStatementsTest {

    private static WorkStatements.Statement statement(String raw) {
        return WorkStatements.statement(raw, List.of());
    }

    @Test
    void bulletGlyphsBrokenHyphenationAndSpacingAreCleaned() {
        WorkStatements.Statement s = statement("•  cut fraud losses 18 % with a gradient- boosted model on card "
                + "transac\u00ADtions");
        assertThat(s.text()).isEqualTo("Cut fraud losses 18% with a gradient-boosted model on card transactions.");
        assertThat(statement("o Built a churn model in Python").text()).isEqualTo("Built a churn model in Python.");
        assertThat(statement("\u2022 Designed the \uFB01rst A/B test \u201cplatform\u201d for checkout").text())
                .isEqualTo("Designed the first A/B test 'platform' for checkout.");
    }

    @Test
    void findsTheMetricAndTechnologyATemplateCanAskAbout() {
        WorkStatements.Statement s = statement("Cut fraud losses 18% with gradient boosting on card data");
        assertThat(s.metric()).isEqualTo("18%");
        assertThat(s.technology()).isEqualTo("gradient boosting");
        assertThat(statement("Cut fraud losses 18% with a gradient-boosted model").technology()).isNull();
        assertThat(statement("Raised AUC to 0.91 using LightGBM and SQL features").metric()).isEqualTo("AUC to 0.91");
        assertThat(statement("Saved $2M a year by forecasting demand").metric()).isEqualTo("$2M");
        WorkStatements.Statement own = WorkStatements.statement("Shipped the Foo-Tool ranking service to production",
                WorkStatements.terms(new ResumeProfile(null, null, null, List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of("Foo-Tool"))));
        assertThat(own.technology()).isEqualTo("Foo-Tool");
        assertThat(own.metric()).isNull();
    }

    @Test
    void textThatDoesNotDescribeWorkIsSkipped() {
        assertThat(statement("and deployed it to production on AWS")).as("continuation of a wrapped line").isNull();
        assertThat(statement("Python, SQL, Spark, Tableau, Excel")).as("a list").isNull();
        assertThat(statement("Data Scientist, Acme Corp, 2019 - 2021")).as("an entry header").isNull();
        assertThat(statement("Machine Learning Engineer at Acme Corp")).as("a title-case header").isNull();
        assertThat(statement("Real-time fraud scoring on Kafka with LightGBM")).as("sentence case").isNotNull();
        assertThat(statement("Email me at jane@example.com about the fraud model")).as("contact").isNull();
        assertThat(statement("References available on request")).as("no work in it").isNull();
        assertThat(statement("Built a model to")).as("cut mid-sentence").isNull();
        assertThat(statement("Python")).as("too short").isNull();
        assertThat(statement("2019 – 2021 | 12 / 34")).as("digits").isNull();
    }

    @Test
    void longParagraphsAreQuotedByTheirFirstSentenceAndReferencedByAShortExcerpt() {
        String first = "Designed and deployed a real-time fraud scoring service on Kafka with LightGBM models "
                + "serving card transactions for three markets.";
        WorkStatements.Statement s = statement(first + " The service replaced a rules engine that had grown over "
                + "ten years and was maintained by four teams, each with their own release cycle and priorities.");
        assertThat(s.text()).isEqualTo(first);
        assertThat(s.excerpt()).hasSizeLessThanOrEqualTo(WorkStatements.MAX_EXCERPT).endsWith("…")
                .startsWith("Designed and deployed a real-time fraud scoring");
        assertThat(s.excerpt()).doesNotEndWith(" …").doesNotEndWith("on…").doesNotEndWith("with…");
        assertThat(statement("Built a churn model in Python").excerpt()).isEqualTo("Built a churn model in Python");
        String endless = "Built " + "a very long sentence about models ".repeat(10);
        assertThat(statement(endless).text()).hasSizeLessThanOrEqualTo(WorkStatements.MAX_QUOTE).endsWith("…");
    }

    @Test
    void statementsWithMetricsAndTechnologiesComeFirst() {
        ResumeProfile profile = sectionsOnly(new Section("Experience", "experience", List.of(
                "Worked with the product team on weekly planning",
                "Built a churn model in Python",
                "Cut fraud losses 18% with a gradient-boosted model")));
        assertThat(WorkStatements.of(profile, true)).extracting(WorkStatements.Statement::text).containsExactly(
                "Cut fraud losses 18% with a gradient-boosted model.", "Built a churn model in Python.",
                "Worked with the product team on weekly planning.");
    }

    @Test
    void sectionsAreReadOnlyWhenAskedAndWorkSectionsFirst() {
        ResumeProfile profile = new ResumeProfile(null, null, null, List.of(), List.of(
                new Section("Projects", "projects", List.of("Built a churn model in Python",
                        "Cut report latency by 40% with dbt", "Deployed a fraud model on Kubernetes")),
                new Section("Education", "education", List.of("Completed a thesis on Bayesian models")),
                new Section("Volunteering", "other", List.of("Taught Python to 30 students"))),
                List.of(), List.of(), List.of(), List.of());
        assertThat(WorkStatements.of(profile, true)).extracting(WorkStatements.Statement::text)
                .containsExactlyInAnyOrder("Built a churn model in Python.", "Taught Python to 30 students.",
                        "Cut report latency by 40% with dbt.", "Deployed a fraud model on Kubernetes.");
        assertThat(WorkStatements.of(profile, false)).isEmpty();
    }

    @Test
    void workFiledUnderAnotherHeadingIsStillFoundButNeverContactOrSummary() {
        // a table read in the wrong order puts the bullets under "Skills"; the contact block stays out
        ResumeProfile profile = new ResumeProfile(null, null, null, List.of(), List.of(
                new Section("Contact", "contact", List.of("Built by hand at 12 Harbour Road, Leith")),
                new Section("Summary", "summary", List.of("Led data teams in retail and logistics for 9 years")),
                new Section("Skills", "skills", List.of("Python, SQL, Spark",
                        "Rebuilt the nightly ETL in Airflow, cutting run time from 6 to 2 hours"))),
                List.of(), List.of(), List.of(), List.of());
        assertThat(WorkStatements.of(profile, true)).extracting(WorkStatements.Statement::text)
                .containsExactly("Rebuilt the nightly ETL in Airflow, cutting run time from 6 to 2 hours.");
    }

    @Test
    void entriesThatCannotBeNamedGiveTheirHighlightsAndNamedOnesDoNot() {
        ResumeProfile.Experience named = new ResumeProfile.Experience("Data Scientist", "Northwind Bank", null, null,
                List.of("Built risk models for card payments"), List.of(), List.of());
        ResumeProfile.Experience monthAsEmployer = new ResumeProfile.Experience("Data Scientist", "Feb", null, null,
                List.of("Forecast demand for 300 stores with Prophet"), List.of(), List.of());
        ResumeProfile.Project unsure = new ResumeProfile.Project("Churn Radar", null, null,
                List.of("Reduced churn 12% with survival models"), List.of(), List.of(), List.of(), 0.1);
        ResumeProfile profile = new ResumeProfile(null, null, null, List.of(),
                List.of(new Section("Experience", "experience", List.of("Built risk models for card payments"))),
                List.of(named, monthAsEmployer), List.of(unsure), List.of(), List.of());
        assertThat(WorkStatements.of(profile, true)).extracting(WorkStatements.Statement::text)
                .containsExactly("Reduced churn 12% with survival models.",
                        "Forecast demand for 300 stores with Prophet.");
    }

    private static ResumeProfile sectionsOnly(Section... sections) {
        return new ResumeProfile(null, null, null, List.of(), List.of(sections), List.of(), List.of(), List.of(),
                List.of());
    }
}
