package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Project;

/**
 * A UK CV's shapes: a bold employer line "Company Ltd, Town ‖ dates" over two titled roles, a role whose title
 * names its team, and a projects section written as a list of "Name — what it is" items.
 */
class GroupedRolesAndListedProjectsTest {

    private static final PDType1Font REGULAR = new PDType1Font(FontName.TIMES_ROMAN);
    private static final PDType1Font BOLD = new PDType1Font(FontName.TIMES_BOLD);

    private static ResumeProfile parse() throws Exception {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 24, 45, 740, "Harriet Okonjo-Laine");
            ResumePdfBuilder.text(cs, REGULAR, 11, 45, 722, "Leicester · harriet.ol@example.org");
            ResumePdfBuilder.text(cs, BOLD, 11, 45, 695, "EMPLOYMENT HISTORY");
            ResumePdfBuilder.text(cs, BOLD, 12, 45, 676, "Fernleigh Water Ltd, Leicester");
            ResumePdfBuilder.text(cs, BOLD, 12, 470, 676, "Jul 2019 – Aug 2022");
            ResumePdfBuilder.text(cs, REGULAR, 11, 45, 662, "Senior Analyst (Jul 2021 – Aug 2022)");
            ResumePdfBuilder.text(cs, REGULAR, 11, 52, 648, "• Forecast daily demand for 400,000 households with gradient boosting.");
            ResumePdfBuilder.text(cs, REGULAR, 11, 52, 635, "• Designed the early-warning score for burst mains.");
            ResumePdfBuilder.text(cs, REGULAR, 11, 45, 619, "Graduate Analyst (Jul 2019 – Jun 2021)");
            ResumePdfBuilder.text(cs, REGULAR, 11, 52, 605, "• Automated the monthly leakage report in Python and SQL.");
            ResumePdfBuilder.text(cs, BOLD, 12, 45, 585, "Ashby Rail Analytics, Derby");
            ResumePdfBuilder.text(cs, BOLD, 12, 470, 585, "Summer 2018");
            ResumePdfBuilder.text(cs, REGULAR, 11, 45, 571, "Summer Intern, Data Team");
            ResumePdfBuilder.text(cs, REGULAR, 11, 52, 557, "• Cleaned punctuality data and presented delay hotspots to the board.");
            ResumePdfBuilder.text(cs, BOLD, 11, 45, 530, "PROJECTS");
            ResumePdfBuilder.text(cs, REGULAR, 11, 52, 514,
                    "• Canal Lock Counter — a computer-vision model that counts boats from a public webcam.");
            ResumePdfBuilder.text(cs, REGULAR, 11, 52, 500,
                    "• Fell Race Predictor — Bayesian finishing-time model with a small web app.");
            ResumePdfBuilder.text(cs, REGULAR, 11, 52, 486,
                    "• Built a dashboard of allotment waiting lists for the council.");
            ResumePdfBuilder.text(cs, BOLD, 11, 45, 460, "EDUCATION");
            ResumePdfBuilder.text(cs, BOLD, 12, 45, 444, "University of Bristol");
            ResumePdfBuilder.text(cs, BOLD, 12, 470, 444, "2018 – 2019");
            ResumePdfBuilder.text(cs, REGULAR, 11, 45, 430, "MSc Data Science");
        });
        return new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile();
    }

    @Test
    void rolesUnderAnEmployerLineAreAtThatEmployerAndTheLineIsNoRole() throws Exception {
        ResumeProfile p = parse();

        assertThat(p.experience()).extracting(Experience::title)
                .containsExactly("Senior Analyst", "Graduate Analyst", "Summer Intern, Data Team");
        assertThat(p.experience()).extracting(Experience::organization)
                .containsExactly("Fernleigh Water Ltd, Leicester", "Fernleigh Water Ltd, Leicester",
                        "Ashby Rail Analytics, Derby");
    }

    @Test
    void eachListedProjectIsNamedByItsTitleCaseLead() throws Exception {
        assertThat(parse().projects()).extracting(Project::name)
                .containsExactly("Canal Lock Counter", "Fell Race Predictor");
    }
}
