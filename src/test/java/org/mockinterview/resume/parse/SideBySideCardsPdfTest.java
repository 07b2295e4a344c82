package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockinterview.resume.fixtures.ResumePdfBuilder.text;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Project;

/**
 * A grid of project cards two abreast under one heading, whose columns run on into Education on the left and
 * Skills on the right: the right column's cards are projects too, not lines of the left column's last section.
 */
class SideBySideCardsPdfTest {

    @Test
    void theRightColumnsCardsBelongToTheHeadingOverTheGrid() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 24, 36, 790, "Wanjiku Otieno-Baraka");
            text(cs, false, 11, 36, 772, "wanjiku.ob@example.com · Nairobi");
            text(cs, true, 10, 36, 744, "EXPERIENCE");
            text(cs, true, 12, 36, 726, "Data Scientist · Savannah Mobile Money");
            text(cs, false, 11, 500, 726, "2021–now");
            text(cs, false, 11, 46, 711, "Built the credit-scoring models behind 2 million micro-loans a month.");
            text(cs, true, 10, 36, 683, "SELECTED PROJECTS");
            text(cs, true, 12, 46, 663, "Loan Limit Bandit");
            text(cs, false, 11, 46, 649, "Contextual bandit that adjusts overdraft limits");
            text(cs, false, 11, 46, 636, "weekly from repayment logs.");
            text(cs, false, 9, 52, 620, "Python   Vowpal Wabbit");
            text(cs, true, 12, 46, 596, "Swahili Topic Classifier");
            text(cs, false, 11, 46, 582, "Fine-tuned XLM-R on 22k news articles.");
            text(cs, false, 9, 52, 566, "PyTorch   FastAPI");
            text(cs, true, 12, 311, 663, "Boda Route Heatmap");
            text(cs, false, 11, 311, 649, "Trip data aggregated to H3 hexagons and");
            text(cs, false, 11, 311, 636, "mapped by hour of the day.");
            text(cs, false, 9, 317, 620, "GeoPandas   H3");
            text(cs, true, 12, 311, 596, "Bean Price Early Warning");
            text(cs, false, 11, 311, 582, "Quantile regression on rainfall and market prices.");
            text(cs, false, 9, 317, 566, "R   quantreg");
            text(cs, true, 10, 36, 530, "EDUCATION");
            text(cs, true, 11, 36, 514, "MSc Data Science");
            text(cs, false, 11, 36, 500, "Lakeshore University of Technology");
            text(cs, false, 10, 36, 486, "2019–2021");
            text(cs, true, 10, 36, 466, "LANGUAGES");
            text(cs, false, 11, 36, 450, "English · Kiswahili · Dholuo");
            text(cs, true, 10, 302, 530, "SKILLS");
            text(cs, false, 9, 308, 514, "Python   SQL   PySpark   scikit-learn");
            text(cs, false, 9, 308, 500, "Airflow   BigQuery   Docker");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.projects()).extracting(Project::name).containsExactlyInAnyOrder("Loan Limit Bandit",
                "Swahili Topic Classifier", "Boda Route Heatmap", "Bean Price Early Warning");
    }
}
