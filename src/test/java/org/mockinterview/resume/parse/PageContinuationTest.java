package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.parse.HeadingClassifier.Heading;

/** A body column that runs over a page break belongs to its own section, not to the sidebar read before it. */
class PageContinuationTest {

    private static TextLine line(String text, float x0, int page) {
        return new TextLine(List.of(text), List.of(x0), 10f, false, x0, 3f, page, x0 + 200);
    }

    @Test
    void bodyTextOnTheNextPageReturnsToTheBodySection() {
        List<TextLine> lines = List.of(
                line("PROJECTS", 36, 1), line("Harbor Tide Forecaster", 36, 1),
                line("CONTACT", 400, 1), line("jane@example.org", 400, 1),
                line("Quill Search", 36, 2), line("• Cut query latency by 40%", 42, 2));
        List<Heading> headings = List.of(new Heading(0, "PROJECTS", "projects"), new Heading(2, "CONTACT", "contact"));

        List<List<TextLine>> contents = PageContinuation.sectionContents(lines, headings);

        assertThat(contents.get(0)).extracting(TextLine::text)
                .containsExactly("Harbor Tide Forecaster", "Quill Search", "• Cut query latency by 40%");
        assertThat(contents.get(1)).extracting(TextLine::text).containsExactly("jane@example.org");
    }

    @Test
    void aSectionThatContinuesInItsOwnColumnKeepsItsLines() {
        List<TextLine> lines = List.of(
                line("PROJECTS", 36, 1), line("Harbor Tide Forecaster", 36, 1),
                line("EXPERIENCE", 36, 1), line("Data Scientist, Quillon", 36, 1), line("• Built a model", 42, 2));
        List<Heading> headings = List.of(new Heading(0, "PROJECTS", "projects"),
                new Heading(2, "EXPERIENCE", "experience"));

        List<List<TextLine>> contents = PageContinuation.sectionContents(lines, headings);

        assertThat(contents.get(1)).extracting(TextLine::text)
                .containsExactly("Data Scientist, Quillon", "• Built a model");
    }
}
