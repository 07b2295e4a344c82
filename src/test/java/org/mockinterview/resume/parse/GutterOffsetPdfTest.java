package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;

/**
 * A Lebenslauf with its dates in a left gutter, wrapping over two lines, where the first line of one entry's dates
 * sits a few points lower than the bold title beside it (its cell has other padding): the date is still that title's.
 */
class GutterOffsetPdfTest {

    private static final PDType1Font REGULAR = new PDType1Font(FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(FontName.HELVETICA_BOLD);

    @Test
    void aGutterDateSetLowerThanItsTitleIsThatTitlesDate() throws Exception {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, REGULAR, 26, 40, 740, "Jonas Wendelberger");
            ResumePdfBuilder.text(cs, REGULAR, 10, 40, 722, "jonas.wendelberger@example.org");
            ResumePdfBuilder.text(cs, BOLD, 13, 40, 690, "BERUFSERFAHRUNG");
            String[][] jobs = {{"seit 01/2022", "", "Machine Learning Engineer", "Lindgrün Mobility GmbH, Passau"},
                {"07/2019 –", "12/2021", "Data Scientist", "Aschenfeld Analytics GmbH, Landshut"},
                {"10/2017 –", "06/2019", "Werkstudent Data Science", "Korbach Maschinenbau AG, Rosenheim"}};
            float y = 668;
            for (int i = 0; i < jobs.length; i++) {
                float offset = i == 2 ? 3f : 0f; // the last gutter cell's first line sits a little lower
                ResumePdfBuilder.text(cs, REGULAR, 11, 40, y - offset, jobs[i][0]);
                if (!jobs[i][1].isEmpty()) {
                    ResumePdfBuilder.text(cs, REGULAR, 11, 40, y - 11, jobs[i][1]);
                }
                ResumePdfBuilder.text(cs, BOLD, 11, 128, y, jobs[i][2]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 128, y - 11, jobs[i][3]);
                ResumePdfBuilder.text(cs, REGULAR, 11, 128, y - 25, "– Prognosemodelle mit Python und LightGBM gebaut");
                ResumePdfBuilder.text(cs, REGULAR, 11, 128, y - 38, "– Dashboards für die Fachabteilungen betreut");
                y -= 62;
            }
        });
        ResumeProfile p = new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();

        assertThat(p.experience()).extracting(Experience::title)
                .containsExactly("Machine Learning Engineer", "Data Scientist", "Werkstudent Data Science");
        assertThat(p.experience().get(2).dates()).isEqualTo("10/2017 – 06/2019");
    }
}
