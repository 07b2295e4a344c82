package org.mockinterview.ai;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Contact details become placeholders; projects, technologies and metrics survive. */
class PiiRedactorTest {

    private final PiiRedactor redactor = PiiRedactor.forProfile(Fixtures.resume(""));

    @Test
    void knownContactDetailsAreReplaced() {
        String out = redactor.redact("Jane Marlowe (jane.marlowe@example.com, +1 (415) 555-0134) — see "
                + "https://github.com/jmarlowe and linkedin.com/in/jane-marlowe. Marlowe led FraudShield.");
        assertThat(out).isEqualTo("[NAME] ([EMAIL], [PHONE]) — see [LINK] and [LINK]. [NAME] led FraudShield.");
    }

    @Test
    void nameMatchingIgnoresCaseButNotPartsOfWords() {
        assertThat(redactor.redact("JANE wrote it; Janet reviewed it")).isEqualTo("[NAME] wrote it; Janet reviewed it");
    }

    @Test
    void unknownEmailsPhonesUrlsAndAddressesArePatternMatched() {
        String out = PiiRedactor.generic().redact("Write to hr@acme-jobs.com or call 030 1234 5678, "
                + "visit www.acme.io/careers or https://x.dev/a?b=c. Office: 221 Baker Street, Apt 4 and "
                + "Hauptstraße 12.");
        assertThat(out).isEqualTo("Write to [EMAIL] or call [PHONE], visit [LINK] or [LINK]. Office: [ADDRESS] and "
                + "[ADDRESS].");
    }

    @Test
    void metricsYearsAndTechnologiesStay() {
        String text = "FraudShield (2019-2021): cut false positives by 30%, AUC 0.87, 1,200,000 events/day, "
                + "p99 latency 45 ms, 12000000 rows; Python, ASP.NET, Node.js, scikit-learn, XGBoost 1.7.6.";
        assertThat(PiiRedactor.generic().redact(text)).isEqualTo(text);
    }

    @Test
    void phoneBeforeSentenceEndIsStillFound() {
        assertThat(PiiRedactor.generic().redact("Call me on +1 415 555 0134.")).isEqualTo("Call me on [PHONE].");
    }

    @Test
    void nullAndEmptyPassThrough() {
        assertThat(redactor.redact(null)).isNull();
        assertThat(redactor.redact("")).isEmpty();
        assertThat(PiiRedactor.forProfile(null).redact("no profile")).isEqualTo("no profile");
    }

    @Test
    void resumeDigestHasProjectsButNoContactDetails() {
        String digest = ResumeDigest.of(Fixtures.resume(""), redactor);
        assertThat(digest).contains("FraudShield", "ChurnRadar", "LightGBM", "AUC 0.87", "Acme Payments",
                "MSc Computer Science");
        assertThat(digest).doesNotContain("Jane", "Marlowe", "example.com", "555", "github.com", "linkedin");
    }
}
