package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Web addresses: whole lines, addresses inside prose and in brackets, and what only looks like one. */
class WebAddressTest {

    @Test
    void aLineOfOnlyAnAddressIsOneWhateverItsCountry() {
        assertThat(WebAddress.WHOLE.matcher("https://www.example.com/jobs").matches()).isTrue();
        assertThat(WebAddress.WHOLE.matcher("portfolio.example.nl").matches()).isTrue();
        assertThat(WebAddress.WHOLE.matcher("acme-analytics.de").matches()).isTrue();
    }

    @Test
    void aLinkUnderItsOwnShortLabelIsStillOnlyALink() {
        assertThat(WebAddress.LABELLED.matcher("Enlace: https://github.com/jdoe/puerto").matches()).isTrue();
        assertThat(WebAddress.LABELLED.matcher("Code: github.com/jdoe/routes").matches()).isTrue();
        assertThat(WebAddress.LABELLED.matcher("Built a route planner, see github.com/jdoe/routes").matches()).isFalse();
    }

    @Test
    void degreesAndLibraryNamesAreNoAddresses() {
        assertThat(WebAddress.WHOLE.matcher("B.Tech").matches()).isFalse();
        assertThat(WebAddress.WHOLE.matcher("Node.js").matches()).isFalse();
        assertThat(WebAddress.IN_TEXT.matcher("M.Sc. in Statistics, 2019").find()).isFalse();
        assertThat(WebAddress.IN_TEXT.matcher("the company.de-risked launches").find()).isFalse();
    }

    @Test
    void anAddressInsideTextOrBracketsIsFound() {
        assertThat(WebAddress.IN_TEXT.matcher("Site: janedoe.dev | github.com/jdoe").find()).isTrue();
        assertThat(WebAddress.IN_BRACKETS.matcher("Route planner (github.com/jdoe/routes)").replaceAll(""))
                .isEqualTo("Route planner");
    }
}
