package org.mockinterview.resume.parse;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Section;
import org.mockinterview.resume.profile.ResumeProfile;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Layout features of the PDF parser on resumes built with PDFBox: columns, headings, repairs, entries. */
class ResumePdfParserTest {

    private final ResumePdfParser parser = new ResumePdfParser(new ParseLimits(5, 16L * 1024 * 1024));

    private ParsedResume parse(byte[] pdf) {
        try {
            return parser.parse(pdf);
        } catch (ResumeParseException e) {
            throw new AssertionError(e.kind() + ": " + e.getMessage(), e);
        }
    }

    @Test
    void entriesWithDatesLocationAndBullets() {
        byte[] pdf = ResumePdfBuilder.create().name("Jane Roe")
                .contact("jane.roe@example.org | +1 (555) 010-2030 | github.com/janeroe")
                .body(c -> c.heading("EXPERIENCE")
                        .entry("Senior Data Scientist", "Acme Analytics", "Jan 2020 – Present", "Austin, TX")
                        .bullet("Built a churn model with XGBoost and SHAP that reduced churn 8%")
                        .bullet("Ran A/B tests on pricing, improved AUC from 0.81 to 0.87")
                        .entry("Data Analyst", "Globex Corp", "06/2018 – 08/2019", "Berlin, Germany")
                        .bullet("Automated reporting in SQL and Spark for 40 stakeholders")
                        .heading("EDUCATION").entry("MSc in Statistics", "State University", "2016 - 2018", null)
                        .heading("SKILLS").line("Languages: Python, SQL, R").line("Tools: PyTorch, Kubernetes, AWS"))
                .build();
        ResumeProfile p = parse(pdf).profile();

        assertThat(p.name()).isEqualTo("Jane Roe");
        assertThat(p.email()).isEqualTo("jane.roe@example.org");
        assertThat(p.phone()).contains("555");
        assertThat(p.links()).contains("github.com/janeroe");
        assertThat(p.sections()).extracting(Section::kind).containsExactly("experience", "education", "skills");
        assertThat(p.experience()).hasSize(2);
        Experience first = p.experience().get(0);
        assertThat(first.title()).isEqualTo("Senior Data Scientist");
        assertThat(first.organization()).isEqualTo("Acme Analytics");
        assertThat(first.dates()).isEqualTo("Jan 2020 – Present");
        assertThat(first.location()).isEqualTo("Austin, TX");
        assertThat(first.highlights()).hasSize(2);
        assertThat(first.technologies()).contains("XGBoost");
        assertThat(first.metrics()).anyMatch(m -> m.contains("8%")).anyMatch(m -> m.contains("0.81 to 0.87"));
        assertThat(p.experience().get(1).dates()).isEqualTo("06/2018 – 08/2019");
        assertThat(p.education()).singleElement().satisfies(e -> {
            assertThat(e.institution()).isEqualTo("State University");
            assertThat(e.degree()).isEqualTo("MSc in Statistics");
        });
        assertThat(p.skills()).containsExactly("Python", "SQL", "R", "PyTorch", "Kubernetes", "AWS");
    }

    @Test
    void twoColumnsAreReadColumnByColumn() {
        byte[] pdf = ResumePdfBuilder.create().name("Jane Roe").contact("jane.roe@example.org")
                .twoColumns(left -> left.heading("EDUCATION")
                        .entry("BSc Computer Science", "Lakeside University", "2014 – 2018", null)
                        .line("Thesis on graph neural networks for fraud")
                        .heading("SKILLS").line("Python, SQL, Spark").line("PyTorch, Docker, Airflow")
                        .heading("LANGUAGES").line("English, German, Spanish"),
                        right -> right.heading("EXPERIENCE")
                                .entry("ML Engineer", "Initech", "2019 – Present", null)
                                .bullet("Shipped a real-time ranking service used by")
                                .continuation("two million customers every single day")
                                .bullet("Cut inference latency by 35% with quantization")
                                .entry("Data Engineer", "Umbrella Labs", "2018 – 2019", null)
                                .bullet("Moved nightly batch jobs from cron to Airflow pipelines"))
                .build();
        ParsedResume parsed = parse(pdf);
        ResumeProfile p = parsed.profile();

        assertThat(p.sections()).extracting(Section::heading)
                .containsExactly("EDUCATION", "SKILLS", "LANGUAGES", "EXPERIENCE");
        assertThat(p.experience()).extracting(Experience::title).containsExactly("ML Engineer", "Data Engineer");
        assertThat(p.experience().get(0).highlights().get(0))
                .isEqualTo("Shipped a real-time ranking service used by two million customers every single day");
        assertThat(p.skills()).contains("Python", "Airflow").doesNotContain("English");
        assertThat(parsed.text().indexOf("LANGUAGES")).isLessThan(parsed.text().indexOf("EXPERIENCE"));
    }

    @Test
    void sidebarNextToBody() {
        byte[] pdf = ResumePdfBuilder.create().name("Jane Roe")
                .sidebar(side -> side.heading("CONTACT").line("jane.roe@example.org").line("+49 30 1234567")
                        .heading("SKILLS").line("Python").line("scikit-learn").line("Tableau").line("SQL"),
                        body -> body.heading("EXPERIENCE")
                                .entry("Data Scientist", "Hooli", "March 2021 - Present", null)
                                .bullet("Forecast weekly demand with gradient boosting for all regions")
                                .bullet("Presented findings to leadership every quarter with dashboards")
                                .heading("PROJECTS").title("Churn Radar", "2022")
                                .bullet("Random forest churn model for a subscription app with SHAP reports"))
                .build();
        ResumeProfile p = parse(pdf).profile();

        assertThat(p.email()).isEqualTo("jane.roe@example.org");
        assertThat(p.skills()).containsExactly("Python", "scikit-learn", "Tableau", "SQL");
        assertThat(p.experience()).singleElement().extracting(Experience::organization).isEqualTo("Hooli");
        assertThat(p.projects()).singleElement().satisfies(project -> {
            assertThat(project.name()).isEqualTo("Churn Radar");
            assertThat(project.dates()).isEqualTo("2022");
            assertThat(project.methods()).contains("random forest", "SHAP");
            assertThat(project.summary()).startsWith("Random forest churn model");
        });
    }

    @Test
    void profileExportWithRegularWeightHeadingsLargerInTheMainColumnThanInTheSidebar() {
        // profile-site exports set the sidebar's headings and the main column's in one weight, at two sizes
        byte[] pdf = ResumePdfBuilder.create().name("Rowan Pike")
                .sidebar(side -> side.heading("Contact", 12f, false).line("rowan.pike@example.org")
                                .heading("Top Skills", 12f, false).line("Kafka").line("dbt")
                                .heading("Languages", 12f, false).line("English (Native)")
                                .heading("Certifications", 12f, false).line("Cloud Data Engineer Associate"),
                        body -> body.heading("Summary", 15f, false)
                                .line("I build data platforms that dispatch and finance teams can rely on.")
                                .heading("Experience", 15f, false)
                                .entry("Staff Data Engineer", "Tollgate Freight", "May 2021 - Present", null)
                                .bullet("Moved the pricing features from hourly batches to streaming jobs")
                                // an employer over its roles, a point smaller than the sidebar's headings
                                .heading("Lumen Analytics", 11f, false)
                                .entry("Data Engineer", null, "June 2017 - April 2021", null)
                                .bullet("Built ingestion from point-of-sale systems for eleven retail clients")
                                .heading("Education", 15f, false).line("Northfield State University")
                                .line("Bachelor of Science, Computer Science"))
                .build();
        ResumeProfile p = parse(pdf).profile();

        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Tollgate Freight", "Lumen Analytics");
        assertThat(p.education()).singleElement().satisfies(e -> assertThat(e.institution())
                .isEqualTo("Northfield State University"));
        assertThat(p.skills()).contains("Kafka", "dbt");
    }

    @Test
    void aSidebarsSmallerBoldHeadingsCountWhenOnlyKnownHeadingsUseTheirStyle() {
        byte[] pdf = ResumePdfBuilder.create().name("Rowan Pike")
                .sidebar(side -> side.heading("Contact", 11f, true).line("rowan.pike@example.org")
                                .heading("Skills", 11f, true).line("Kafka").line("dbt")
                                .heading("Languages", 11f, true).line("English"),
                        body -> body.heading("Professional Summary", 14f, true)
                                .line("I build data platforms that dispatch and finance teams can rely on.")
                                .heading("Work History", 14f, true)
                                .entry("Staff Data Engineer", "Tollgate Freight", "May 2021 - Present", null)
                                .bullet("Moved the pricing features from hourly batches to streaming jobs")
                                .heading("Education", 14f, true).line("Northfield State University")
                                .heading("Certifications", 14f, true).line("Cloud Data Engineer Associate"))
                .build();
        ResumeProfile p = parse(pdf).profile();

        assertThat(p.sections()).extracting(ResumeProfile.Section::heading).contains("Skills", "Languages");
        assertThat(p.skills()).containsExactly("Kafka", "dbt");
    }

    @Test
    void headingsBySizeWeightAndCapsIncludingUnknownWords() {
        byte[] pdf = ResumePdfBuilder.create().name("Jane Roe").contact("jane.roe@example.org")
                .body(c -> c.heading("Experience", 15f, false)
                        .entry("Analyst", "Vandelay Industries", "2020 – 2021", null)
                        .bullet("Cleaned and modelled import data for the whole sales team")
                        .heading("Invited Talks", 15f, false).line("PyData Berlin 2023: causal inference at scale")
                        .heading("Education", 15f, false).entry("BA Economics", "Hill College", "2016 – 2019", null))
                .build();
        ResumeProfile p = parse(pdf).profile();

        assertThat(p.sections()).extracting(Section::heading).containsExactly("Experience", "Invited Talks", "Education");
        assertThat(p.sections()).extracting(Section::kind).containsExactly("experience", "other", "education");
    }

    @Test
    void letterSpacedAndFakeBoldHeadings() {
        byte[] pdf = ResumePdfBuilder.create().name("Jane Roe").contact("jane.roe@example.org")
                .body(c -> c.fakeBold("EXPERIENCE", 14f)
                        .entry("Research Intern", "Pied Piper", "Summer 2022", null)
                        .bullet("Compressed embeddings with PCA for faster nearest neighbour search")
                        .letterSpaced("PROJECTS", 14f, 4f).title("Middle-Out", "2021")
                        .bullet("Transformer model for lossless compression, 2.5x faster than baseline"))
                .build();
        ParsedResume parsed = parse(pdf);

        assertThat(parsed.text()).contains("EXPERIENCE").doesNotContain("EEXX").contains("PROJECTS");
        assertThat(parsed.profile().sections()).extracting(Section::heading).containsExactly("EXPERIENCE", "PROJECTS");
        assertThat(parsed.profile().projects()).singleElement().satisfies(project -> {
            assertThat(project.name()).isEqualTo("Middle-Out");
            assertThat(project.methods()).contains("transformer");
            assertThat(project.metrics()).anyMatch(m -> m.contains("2.5x"));
        });
    }

    @Test
    void hyphenatedLineBreaksAreJoined() {
        byte[] pdf = ResumePdfBuilder.create().name("Jane Roe").contact("jane.roe@example.org")
                .body(c -> c.heading("EXPERIENCE").entry("Data Scientist", "Acme", "2020 – 2022", null)
                        .bullet("Designed a recom-").continuation("mendation engine with collaborative filtering"))
                .build();
        ResumeProfile p = parse(pdf).profile();

        assertThat(p.experience().get(0).highlights())
                .containsExactly("Designed a recommendation engine with collaborative filtering");
    }

    @Test
    void unwrappedLinesWithoutBulletGlyphsStaySeparateItems() {
        byte[] pdf = ResumePdfBuilder.create().name("Jane Roe").contact("jane.roe@example.org")
                .body(c -> c.heading("EXPERIENCE").entry("Data Scientist", "Acme", "2020 – 2022", null)
                        .line("Built the demand forecast used by every store planner")
                        .line("Mentored two analysts")
                        .line("Owned the experimentation platform roadmap"))
                .build();

        assertThat(parse(pdf).profile().experience().get(0).highlights()).hasSize(3);
    }

    @Test
    void projectsInsideExperienceButNotTitledBulletFragments() {
        byte[] pdf = ResumePdfBuilder.create().name("Jane Roe").contact("jane.roe@example.org")
                .body(c -> c.heading("EXPERIENCE").entry("Machine Learning Engineer", "Stark Industries",
                        "Jan 2019 – Dec 2022", null)
                        .bullet("TensorFlow: built the training pipeline for all vision models")
                        .subTitle("Fraud Detection Platform")
                        .bullet("Logistic regression baseline, then XGBoost, cut false positives 30%")
                        .bullet("Deployed on Kubernetes with daily retraining")
                        .entry("Data Analyst", "Wayne Enterprises", "2017 – 2018", null)
                        .bullet("Built KPI dashboards in Tableau"))
                .build();
        ResumeProfile p = parse(pdf).profile();

        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Stark Industries", "Wayne Enterprises");
        assertThat(p.projects()).singleElement().satisfies(project -> {
            assertThat(project.name()).isEqualTo("Fraud Detection Platform");
            assertThat(project.technologies()).contains("XGBoost", "Kubernetes");
            assertThat(project.methods()).contains("logistic regression");
            assertThat(project.metrics()).anyMatch(m -> m.contains("30%"));
        });
    }

    @Test
    void iconGlyphsAreDroppedFromTheContactLine() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDFont text = new PDType1Font(FontName.HELVETICA);
            PDFont icons = new PDType1Font(FontName.ZAPF_DINGBATS);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                ResumePdfBuilder.text(cs, new PDType1Font(FontName.HELVETICA_BOLD), 20, 50, 720, "Jane Roe");
                ResumePdfBuilder.text(cs, icons, 10, 50, 690, "\u2709");
                ResumePdfBuilder.text(cs, text, 10, 64, 690, "jane.roe@example.org");
                ResumePdfBuilder.text(cs, icons, 10, 200, 690, "\u260E");
                ResumePdfBuilder.text(cs, text, 10, 214, 690, "+1 555 010 2030");
                ResumePdfBuilder.text(cs, new PDType1Font(FontName.HELVETICA_BOLD), 13, 50, 650, "EXPERIENCE");
                ResumePdfBuilder.text(cs, text, 10, 50, 630, "Data Scientist at Acme Analytics, 2020 - 2023");
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        ParsedResume parsed = parse(pdf);

        assertThat(parsed.text()).doesNotContain("\u2709").doesNotContain("\u260E");
        assertThat(parsed.profile().email()).isEqualTo("jane.roe@example.org");
        assertThat(parsed.profile().phone()).isEqualTo("+1 555 010 2030");
    }

    @Test
    void ligaturesAreExpanded() throws IOException {
        File font = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        Assumptions.assumeTrue(font.isFile(), "needs a TrueType font with ligature glyphs");
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDFont dejavu = PDType0Font.load(doc, font);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                ResumePdfBuilder.text(cs, dejavu, 20, 50, 720, "Jane Roe");
                ResumePdfBuilder.text(cs, dejavu, 13, 50, 680, "EXPERIENCE");
                ResumePdfBuilder.text(cs, dejavu, 10, 50, 660, "Data Scientist, Acme Analytics 2020 - 2023");
                ResumePdfBuilder.text(cs, dejavu, 10, 50, 645, "\u2022 \uFB01ne-tuned a classi\uFB01er for \uFB02ight delays");
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        ParsedResume parsed = parse(pdf);

        assertThat(parsed.text()).contains("fine-tuned a classifier for flight delays");
    }

}
