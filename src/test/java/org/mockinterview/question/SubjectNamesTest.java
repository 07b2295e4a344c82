package org.mockinterview.question;

import org.junit.jupiter.api.Test;
import org.mockinterview.question.SubjectNames.Field;
import org.mockinterview.question.SubjectNames.Problem;
import org.mockinterview.resume.profile.ResumeProfile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each class of malformed value a parser produces is kept out of questions; ordinary names pass. */
class SubjectNamesTest {

    @Test
    void ordinaryNamesOrganizationsAndTitlesPass() {
        assertThat(List.of("Card Fraud Detection", "FraudShield", "scikit-learn contributions", "Advent of Code 2020",
                "Spring Boot migration", "O'Reilly Media", "Churn Radar (Kaggle)", "株式会社サンプル"))
                .allSatisfy(n -> assertThat(SubjectNames.problem(n, Field.NAME)).as(n).isEmpty());
        assertThat(List.of("Northwind Bank", "Acme Inc.", "Foo Co.", "AT&T", "Spring Health", "May Mobility",
                "Universität Hamburg", "S.A. Holdings"))
                .allSatisfy(n -> assertThat(SubjectNames.problem(n, Field.ORGANIZATION)).as(n).isEmpty());
        assertThat(List.of("Data Scientist", "Data Scientist in Residence", "Senior ML Engineer, Risk",
                "Lead Data Scientist", "Applied Scientist II"))
                .allSatisfy(n -> assertThat(SubjectNames.problem(n, Field.TITLE)).as(n).isEmpty());
    }

    @Test
    void cleaningDropsALeadingBulletAndTrailingSeparators() {
        assertThat(SubjectNames.clean("• FraudShield:")).isEqualTo("FraudShield");
        assertThat(SubjectNames.clean("  Churn\u00ADRadar  —  ")).isEqualTo("ChurnRadar");
        assertThat(SubjectNames.isName("- Card Fraud Detection |")).isTrue();
    }

    @Test
    void monthsSeasonsAndDatesAreNeverAnOrganizationOrTitle() {
        for (String s : List.of("Feb", "Feb.", "Summer 2019", "Feb to", "Jan 2020 - Present", "2019 – 2021",
                "03/2021", "Fall '19", "Present")) {
            assertThat(SubjectNames.problem(s, Field.ORGANIZATION)).as(s).contains(Problem.DATE);
            assertThat(SubjectNames.isTitle(s)).as(s).isFalse();
        }
        assertThat(SubjectNames.problem("Acme 2019", Field.ORGANIZATION)).contains(Problem.DATE);
        // a project name may carry a year, but not a date range glued onto it
        assertThat(SubjectNames.problem("Summer 2019", Field.NAME)).contains(Problem.DATE);
        assertThat(SubjectNames.problem("Churn model Jan 2020 – Mar 2020", Field.NAME)).contains(Problem.DATE);
    }

    @Test
    void singleLettersAndBulletsAreNotNames() {
        for (String s : List.of("o", "-", "•", "*", "a", "▪ ", "1.")) {
            assertThat(SubjectNames.problem(s, Field.NAME).orElseThrow()).as(s).isIn(Problem.NO_WORD, Problem.BLANK);
        }
        assertThat(SubjectNames.problem(null, Field.NAME)).contains(Problem.BLANK);
        assertThat(SubjectNames.problem(" \t", Field.ORGANIZATION)).contains(Problem.BLANK);
    }

    @Test
    void mostlyDigitsOrPunctuationAreNotNames() {
        for (String s : List.of("12.5% AUC", "AB 12345", "No. 7 / 88", "v2.0.1-rc3")) {
            assertThat(SubjectNames.problem(s, Field.NAME)).as(s).contains(Problem.MOSTLY_DIGITS);
        }
        for (String s : List.of("12.5%", "#1 / 2 - 3", "(7) 88")) {
            assertThat(SubjectNames.problem(s, Field.NAME)).as(s).contains(Problem.NO_WORD);
        }
    }

    @Test
    void sentencesAreNotNames() {
        for (String s : List.of("Built a fraud model for card payments", "Developed dashboards", "Led a team of 4",
                "We shipped the model to production.", "Reduced churn by modelling tenure")) {
            assertThat(SubjectNames.problem(s, Field.NAME)).as(s).contains(Problem.SENTENCE);
        }
    }

    @Test
    void runTogetherAndOverlongValuesAreNotNames() {
        assertThat(SubjectNames.problem("droneseed talk PyCascades talk Strata + Hadoop", Field.NAME))
                .contains(Problem.RUN_TOGETHER);
        assertThat(SubjectNames.problem("Research Assistant | Teaching Assistant", Field.TITLE))
                .contains(Problem.RUN_TOGETHER);
        assertThat(SubjectNames.problem("Fraud Model (Kaggle", Field.NAME)).contains(Problem.RUN_TOGETHER);
        assertThat(SubjectNames.problem("Machine Learning for Fraud Detection in Card Payments at Scale Today",
                Field.NAME)).contains(Problem.TOO_LONG);
        assertThat(SubjectNames.problem("x".repeat(71), Field.NAME)).contains(Problem.TOO_LONG);
    }

    @Test
    void aDanglingWordMarksAFragment() {
        for (String s : List.of("Data Scientist at", "Machine Learning Engineer as", "to Acme", "Fraud model with",
                "Acme and")) {
            assertThat(SubjectNames.problem(s, Field.TITLE)).as(s).contains(Problem.DANGLING_WORD);
        }
        assertThat(SubjectNames.problem("Cut fraud losses 18% with a gradient…", Field.NAME)).isPresent();
        // a Norwegian or Danish firm's legal form in capitals ends its name; in a line all in capitals it does not
        assertThat(SubjectNames.isOrganization("Skarvik Shipping AS")).isTrue();
        assertThat(SubjectNames.problem("DATA ANALYST AT", Field.TITLE)).contains(Problem.DANGLING_WORD);
        assertThat(SubjectNames.problem("Fraud scoring service on Kafka…", Field.NAME)).contains(Problem.TRUNCATED);
    }

    @Test
    void emailsAndUrlsAreNotNames() {
        for (String s : List.of("jane@example.com", "https://github.com/jane/fraud", "github.com/jane",
                "www.example.org", "jane.dev/projects", "+1 415 555 0134")) {
            assertThat(SubjectNames.problem(s, Field.NAME)).as(s).contains(Problem.CONTACT);
        }
        assertThat(SubjectNames.isName("ASP.NET migration")).isTrue();
    }

    @Test
    void technologiesMayBeShortButNotSentencesOrDates() {
        assertThat(List.of("R", "C++", "C#", "XGBoost", "gradient boosting", "Node.js"))
                .allSatisfy(t -> assertThat(SubjectNames.isTerm(t)).as(t).isTrue());
        assertThat(List.of("Built models.", "Feb", "2019", "-", "jane@example.com",
                        "a very long list of several different technologies"))
                .allSatisfy(t -> assertThat(SubjectNames.isTerm(t)).as(t).isFalse());
        assertThat(SubjectNames.isMetric("recall 0.82 at precision 0.60")).isTrue();
        assertThat(SubjectNames.isMetric("great results")).isFalse();
        assertThat(SubjectNames.isMetric("Improved the model a lot and then wrote 3 papers about it.")).isFalse();
    }

    @Test
    void entriesAreUncertainWhenUntrustedMalformedOrMissing() {
        ResumeProfile.Project named = new ResumeProfile.Project("Churn Radar", null, null, List.of(), List.of(),
                List.of(), List.of());
        ResumeProfile.Project unsure = new ResumeProfile.Project("Churn Radar", null, null, List.of(), List.of(),
                List.of(), List.of(), 0.2);
        ResumeProfile.Experience monthAsEmployer = new ResumeProfile.Experience("Data Scientist", "Feb", null, null,
                List.of(), List.of(), List.of());
        assertThat(SubjectNames.wellFormed(named)).isTrue();
        assertThat(SubjectNames.wellFormed(unsure)).isFalse();
        assertThat(SubjectNames.wellFormed(monthAsEmployer)).isFalse();
        assertThat(SubjectNames.entriesUncertain(profile(List.of(named), List.of()))).isFalse();
        assertThat(SubjectNames.entriesUncertain(profile(List.of(named, unsure), List.of()))).isTrue();
        assertThat(SubjectNames.entriesUncertain(profile(List.of(named), List.of(monthAsEmployer)))).isTrue();
        assertThat(SubjectNames.entriesUncertain(ResumeProfile.empty())).isTrue();
        assertThat(SubjectNames.entriesUncertain(null)).isTrue();
    }

    private static ResumeProfile profile(List<ResumeProfile.Project> projects,
            List<ResumeProfile.Experience> roles) {
        return new ResumeProfile(null, null, null, List.of(), List.of(), roles, projects, List.of(), List.of());
    }

    @Test
    void listsOfToolsLinksAndGluedTitlesAreNoNames() {
        assertThat(SubjectNames.problem("Python、SQL、R", Field.NAME)).contains(Problem.RUN_TOGETHER);
        assertThat(SubjectNames.problem("Kafka, Flink, Spark", Field.NAME)).contains(Problem.RUN_TOGETHER);
        assertThat(SubjectNames.problem("vereda-payments.example", Field.ORGANIZATION)).contains(Problem.CONTACT);
        assertThat(SubjectNames.problem("Data Engineer @ Vereda Payments", Field.TITLE))
                .contains(Problem.RUN_TOGETHER);
        // a company's legal form and city keep their commas
        assertThat(SubjectNames.problem("Lusomar Seguros, S.A., Porto", Field.ORGANIZATION)).isEmpty();
    }
}
