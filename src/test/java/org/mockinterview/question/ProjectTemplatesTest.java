package org.mockinterview.question;

import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;
import org.mockinterview.resume.profile.ResumeProfile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectTemplatesTest {

    private final ProjectTemplates templates = new ProjectTemplates();

    @Test
    void everyCategoryHasValidTemplates() {
        for (Category c : Category.values()) {
            assertThat(templates.forCategory(c)).as(c.wire()).isNotEmpty().allSatisfy(t -> {
                assertThat(t.keyPoints()).hasSizeBetween(3, 6);
                assertThat(t.guide()).isNotBlank();
                assertThat(t.subject()).isIn(ProjectTemplates.SUBJECTS);
            });
        }
        assertThat(templates.forCategory(Category.BEHAVIORAL).stream().flatMap(t -> t.themes().stream()))
                .contains("technical_disagreement", "failed_model", "messy_data", "non_technical_stakeholder",
                        "accuracy_vs_interpretability");
    }

    @Test
    void aRoleWithNoTechnologyReadStillGetsAFundamentalsQuestionAboutItsOwnWork() {
        ResumeProfile roleOnly = new ResumeProfile(null, null, null, List.of(), List.of(),
                List.of(new ResumeProfile.Experience("Research Assistant", "Harbourline Institute", null, "2021 – 2023",
                        List.of("Coded interview transcripts and summarised them for the team"), List.of(), List.of(),
                        1.0)),
                List.of(), List.of(), List.of());

        assertThat(templates.fill(Category.ML_FUNDAMENTALS, roleOnly)).extracting(ProjectTemplates.Filled::text)
                .anySatisfy(text -> assertThat(text).contains("Research Assistant at Harbourline Institute")
                        .doesNotContain("{"));
    }

    @Test
    void fillsPlaceholdersAndSkipsTemplatesWhoseValuesAreMissing() {
        ResumeProfile noMetrics = new ResumeProfile(null, null, null, List.of(), List.of(), List.of(),
                List.of(new ResumeProfile.Project("Churn Radar", null, "Churn prediction", List.of(),
                        List.of("LightGBM"), List.of(), List.of())),
                List.of(), List.of());
        List<ProjectTemplates.Filled> filled = templates.fill(Category.MODEL_EVALUATION, noMetrics);

        assertThat(filled).isNotEmpty().allSatisfy(f -> {
            assertThat(f.text()).contains("Churn Radar").doesNotContain("{");
            assertThat(f.projectRef()).isEqualTo("Churn Radar");
        });
        assertThat(filled).noneMatch(f -> f.template().requires().contains("metric"));
        assertThat(templates.fill(Category.ML_FUNDAMENTALS, noMetrics))
                .anyMatch(f -> f.text().contains("LightGBM"))
                .noneMatch(f -> f.text().contains("{method}"));
    }

    @Test
    void experienceOnlyResumesStillGetDeepDivesInEveryCategory() {
        ResumeProfile experienceOnly = new ResumeProfile(null, null, null, List.of(), List.of(),
                List.of(new ResumeProfile.Experience("Analyst", "Contoso", null, null, List.of(), List.of("SQL"),
                        List.of())),
                List.of(), List.of(), List.of());
        for (Category c : Category.values()) {
            assertThat(templates.fill(c, experienceOnly)).as(c.wire())
                    .isNotEmpty()
                    .allSatisfy(f -> assertThat(f.text()).contains("Contoso"));
        }
    }

    @Test
    void everyCategoryCanQuoteAStatementThatHasNoMetricOrTechnology() {
        for (Category c : Category.values()) {
            assertThat(templates.forCategory(c)).as(c.wire())
                    .anySatisfy(t -> {
                        assertThat(t.subject()).isEqualTo("work");
                        assertThat(t.requires()).isEmpty();
                        assertThat(t.text()).contains("{statement}");
                    });
        }
    }

    @Test
    void aResumeWithoutEntriesIsQuotedInEveryCategory() {
        ResumeProfile sectionsOnly = new ResumeProfile(null, null, null, List.of(),
                List.of(new ResumeProfile.Section("Work", "experience",
                        List.of("Cut fraud losses 18% with a gradient-boosted model on card transactions"))),
                List.of(), List.of(), List.of(), List.of());
        for (Category c : Category.values()) {
            assertThat(templates.fill(c, sectionsOnly)).as(c.wire()).isNotEmpty().allSatisfy(f -> {
                assertThat(f.text()).startsWith("Your resume says: \u201cCut fraud losses 18% with a "
                        + "gradient-boosted model on card transactions.\u201d ").doesNotContain("{");
                assertThat(f.projectRef()).isEqualTo("Cut fraud losses 18% with a gradient-boosted model on card…");
            });
        }
        assertThat(templates.fill(Category.MODEL_EVALUATION, sectionsOnly))
                .anySatisfy(f -> assertThat(f.text()).endsWith("how exactly was the 18% measured?"));
    }

    @Test
    void nothingToFillWithoutAResume() {
        assertThat(templates.fill(Category.BEHAVIORAL, (ResumeProfile) null)).isEmpty();
        assertThat(templates.fill(Category.BEHAVIORAL, ResumeProfile.empty())).isEmpty();
    }
}
