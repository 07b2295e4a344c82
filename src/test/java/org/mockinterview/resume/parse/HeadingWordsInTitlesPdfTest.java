package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockinterview.resume.fixtures.ResumePdfBuilder.text;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.resume.profile.ResumeProfile.Project;

/**
 * Headings in bold capitals, and a project under one named in title case with a section word in it ("…
 * Recognition", "… Languages"): set in the headings' font, it is still the section's first entry.
 */
class HeadingWordsInTitlesPdfTest {

    @Test
    void aTitleCaseProjectUnderAHeadingInCapitalsIsAProject() throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(cs -> {
            text(cs, true, 26, 40, 780, "Yusuf Adeyemi-Hart");
            text(cs, false, 11, 40, 762, "yusuf.ah@example.com");
            text(cs, true, 12, 40, 734, "EXPERIENCE");
            text(cs, true, 12, 40, 716, "Computer Vision Engineer @ Lakeside Robotics");
            text(cs, false, 10, 40, 703, "MAR 2022 - PRESENT | LAGOS");
            text(cs, false, 11, 52, 689, "Trained shelf-detection models and deployed them to 120 stores.");
            text(cs, true, 12, 40, 661, "PROJECTS");
            text(cs, true, 12, 40, 643, "Yoruba Speech Emotion Recognition");
            text(cs, false, 10, 40, 630, "Wav2vec features and a small classifier over 4 emotions; 81% accuracy.");
            text(cs, true, 12, 40, 610, "Market Price Tracker");
            text(cs, false, 10, 40, 597, "Daily scraping of food prices in 30 markets, served with FastAPI.");
            text(cs, true, 12, 40, 569, "EDUCATION");
            text(cs, true, 12, 40, 551, "B.Sc. Computer Engineering");
            text(cs, false, 11, 40, 537, "Federal University of Technology, 2016 - 2021");
        });
        ResumeProfile p = PdfResumes.parse(pdf);

        assertThat(p.sections()).extracting(ResumeProfile.Section::heading)
                .containsExactly("EXPERIENCE", "PROJECTS", "EDUCATION");
        assertThat(p.projects()).extracting(Project::name)
                .containsExactly("Yoruba Speech Emotion Recognition", "Market Price Tracker");
    }
}
