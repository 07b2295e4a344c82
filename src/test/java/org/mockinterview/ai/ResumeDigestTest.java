package org.mockinterview.ai;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.profile.ResumeProfile.Section;
import org.mockinterview.resume.profile.ResumeProfile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The model sees the candidate's work even when the parser's entries are uncertain; contact details never. */
class ResumeDigestTest {

    private static final List<Section> SECTIONS = List.of(
            new Section("Summary", "summary", List.of("Data scientist; write to " + Fixtures.EMAIL)),
            new Section("Work Experience", "experience", List.of(
                    "Cut fraud losses 18% with a gradient-boosted model on card transactions",
                    "Call " + Fixtures.PHONE + " or see " + Fixtures.GITHUB + " for the code")),
            new Section("Projects", "projects", List.of("FraudShield: real-time scoring on Kafka")),
            new Section("Education", "education", List.of("MSc Computer Science, TU Berlin")));

    @Test
    void withoutEntriesTheWorkSectionsTextIsSentRedacted() {
        ResumeProfile profile = new ResumeProfile(Fixtures.NAME, Fixtures.EMAIL, Fixtures.PHONE,
                List.of(Fixtures.GITHUB), SECTIONS, List.of(), List.of(), List.of(), List.of("Python"));
        String digest = ResumeDigest.of(profile, PiiRedactor.forProfile(profile));
        assertThat(digest).contains("Work Experience:", "- Cut fraud losses 18% with a gradient-boosted model",
                "Projects:\n- FraudShield: real-time scoring on Kafka", "[PHONE]", "[LINK]");
        assertThat(digest).doesNotContain("Summary:", "MSc Computer Science, TU Berlin", "555", "github.com",
                "example.com");
    }

    @Test
    void untrustedOrMalformedEntriesAlsoBringTheWorkSections() {
        ResumeProfile.Project unsure = new ResumeProfile.Project("droneseed talk PyCascades talk Strata", null, null,
                List.of(), List.of(), List.of(), List.of(), 0.2);
        ResumeProfile.Experience monthAsEmployer = new ResumeProfile.Experience("Data Scientist", "Feb", null, null,
                List.of(), List.of(), List.of());
        for (ResumeProfile profile : List.of(
                new ResumeProfile(null, null, null, List.of(), SECTIONS, List.of(), List.of(unsure), List.of(),
                        List.of()),
                new ResumeProfile(null, null, null, List.of(), SECTIONS, List.of(monthAsEmployer), List.of(),
                        List.of(), List.of()))) {
            String digest = ResumeDigest.of(profile, PiiRedactor.forProfile(profile));
            assertThat(digest).startsWith("Work sections as written on the resume")
                    .contains("Cut fraud losses 18%", "FraudShield: real-time scoring on Kafka");
        }
    }

    @Test
    void wellFormedEntriesAreSentWithoutTheRawSections() {
        ResumeProfile resume = Fixtures.resume("");
        ResumeProfile withSections = new ResumeProfile(resume.name(), resume.email(), resume.phone(), resume.links(),
                SECTIONS, resume.experience(), resume.projects(), resume.education(), resume.skills());
        String digest = ResumeDigest.of(withSections, PiiRedactor.forProfile(withSections));
        assertThat(digest).isEqualTo(ResumeDigest.of(resume, PiiRedactor.forProfile(resume)))
                .doesNotContain("Work sections as written");
    }

    @Test
    void longWorkSectionsAreCappedSoTheEntriesStillFit() {
        List<String> lines = java.util.Collections.nCopies(200, "Built a churn model in Python for subscriptions");
        ResumeProfile profile = new ResumeProfile(null, null, null, List.of(),
                List.of(new Section("Experience", "experience", lines)), List.of(), List.of(), List.of(),
                List.of("Python"));
        String digest = ResumeDigest.of(profile, PiiRedactor.generic());
        assertThat(digest).contains("[…]").endsWith("Skills: Python");
        assertThat(digest.length()).isLessThan(ResumeDigest.MAX_WORK_CHARS + 300);
    }
}
