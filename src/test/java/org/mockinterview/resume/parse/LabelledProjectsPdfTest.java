package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockinterview.resume.fixtures.ResumePdfBuilder.text;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Project;

/**
 * A Europass-style CV lists projects under a "Projects" label in the label column of its "Additional information"
 * part: the label heads no section, yet the values beside and under it are projects, whether the gutter keeps the
 * label a cell of its own or is so narrow that it runs into the value.
 */
class LabelledProjectsPdfTest {

    private static final PDFont PLAIN = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    /** Where the values start; labels end a few points left of it, right-aligned as the form sets them. */
    private static final float VALUES = 181f;

    @Test
    void projectsBesideTheirLabelAreProjects() throws IOException {
        ResumeProfile p = PdfResumes.parse(form(14f));

        assertThat(p.projects()).extracting(Project::name).containsExactly("Tidewatch", "kelp-count");
        assertThat(p.projects().get(0).summary()).startsWith("open dashboard of harbour water levels");
        assertThat(p.sections()).extracting(ResumeProfile.Section::heading).doesNotContain("Projects");
    }

    @Test
    void aLabelRunIntoItsValueStillLeadsProjects() throws IOException {
        ResumeProfile p = PdfResumes.parse(form(6f));

        assertThat(p.projects()).extracting(Project::name).containsExactly("Tidewatch", "kelp-count");
    }

    @Test
    void aPhraseOpenedByTheWordProjectIsNoLabel() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 18, 40, 780, "Jonas Brekke-Achterberg");
            text(cs, false, 10, 40, 764, "jonas.ba@example.org");
            text(cs, true, 12, 40, 736, "EXPERIENCE");
            text(cs, true, 11, 40, 718, "Fullstack Engineer, Weserlab GmbH, 2019 – now");
            text(cs, false, 10, 52, 704, "Built the assessment platform's scoring service in Node.js.");
            text(cs, true, 12, 40, 676, "FIELDS");
            text(cs, false, 10, 40, 660, "Project Management");
            text(cs, false, 10, 70, 646, "Development");
            text(cs, false, 10, 70, 632, "Consulting");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.projects()).isEmpty();
    }

    /** The form with its labels set this many points left of the values. */
    private static byte[] form(float gutter) throws IOException {
        return ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 18, VALUES, 780, "Mirela Koskinen-Abara");
            label(cs, 764, "Email", gutter);
            text(cs, false, 10, VALUES, 764, "mirela.ka@example.org");
            text(cs, false, 11, 60, 736, "WORK EXPERIENCE");
            label(cs, 716, "2021 – Present", gutter);
            text(cs, true, 10, VALUES, 716, "Data Scientist");
            text(cs, false, 10, VALUES, 703, "Saltmarsh Insurance Ltd, Aberdeen (United Kingdom)");
            text(cs, false, 10, VALUES, 690, "Claims triage models in Python and LightGBM for the motor book.");
            label(cs, 670, "2017 – 2021", gutter);
            text(cs, true, 10, VALUES, 670, "Analyst");
            text(cs, false, 10, VALUES, 657, "Northgate Water, Dundee (United Kingdom)");
            text(cs, false, 10, VALUES, 644, "Leak reports in SQL and Power BI for the network team.");
            text(cs, false, 11, 60, 616, "EDUCATION AND TRAINING");
            label(cs, 596, "2013 – 2017", gutter);
            text(cs, true, 10, VALUES, 596, "MSc Statistics");
            text(cs, false, 10, VALUES, 583, "University of Aberdeen");
            text(cs, false, 11, 60, 555, "ADDITIONAL INFORMATION");
            label(cs, 535, "Projects", gutter);
            text(cs, false, 10, VALUES, 535, "Tidewatch – open dashboard of harbour water levels, refreshed every");
            text(cs, false, 10, VALUES, 522, "ten minutes from public gauges (Python, DuckDB, Streamlit), 2022.");
            text(cs, false, 10, VALUES, 509, "kelp-count – segmentation of kelp beds in drone images with a small");
            text(cs, false, 10, VALUES, 496, "U-Net in PyTorch, 2020.");
            label(cs, 476, "Publications", gutter);
            text(cs, false, 10, VALUES, 476, "Koskinen-Abara, M. (2019). Surge forecasts for small harbours.");
            label(cs, 456, "Certifications", gutter);
            text(cs, false, 10, VALUES, 456, "AWS Certified Machine Learning – Specialty (2023)");
        });
    }

    /** A label right-aligned to end the gutter's width left of the values. */
    private static void label(PDPageContentStream cs, float y, String s, float gutter) throws IOException {
        float width = PLAIN.getStringWidth(s) / 1000f * 10;
        text(cs, false, 10, VALUES - gutter - width, y, s);
    }
}
