package org.mockinterview.resume.parse;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** The name in web-page headers: beside a contact column on its baseline, over an "About" heading. */
class HeaderNamePdfTest {
    private static final PDType1Font REGULAR = new PDType1Font(FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(FontName.HELVETICA_BOLD);

    /** The name the parser reads from a one-page PDF drawn by {@code page}. */
    private static String nameOf(ResumePdfBuilder.PageDrawing page) throws IOException {
        byte[] pdf = ResumePdfBuilder.onePage(page);
        try {
            return new ResumePdfParser(ParseLimits.defaults()).parse(pdf).profile().name();
        } catch (ResumeParseException e) {
            throw new AssertionError(e.kind() + ": " + e.getMessage(), e);
        }
    }

    private static String name(boolean aboutHeading) throws IOException {
        return nameOf(cs -> {
            // the name shares its baseline with a long run of small contact text at the right
            ResumePdfBuilder.text(cs, BOLD, 20, 50, 740, "Tomasz Wielgosz");
            ResumePdfBuilder.text(cs, REGULAR, 9, 330, 740, "tomasz.w@example.com · +48 555 010 220 · Krakow");
            ResumePdfBuilder.text(cs, REGULAR, 9, 330, 728, "tomaszw.example.dev");
            ResumePdfBuilder.text(cs, BOLD, 12, 50, 700, aboutHeading ? "ABOUT" : "Summary");
            ResumePdfBuilder.text(cs, REGULAR, 11, 50, 684,
                    "Data engineer with six years of streaming pipelines, and I spend as much time on data");
            ResumePdfBuilder.text(cs, REGULAR, 11, 50, 670, "contracts as on code.");
            ResumePdfBuilder.text(cs, BOLD, 12, 50, 640, "Skills");
            ResumePdfBuilder.text(cs, REGULAR, 11, 50, 624, "Python    Kafka    Flink    dbt    Airflow");
            ResumePdfBuilder.text(cs, BOLD, 12, 50, 594, "Experience");
            ResumePdfBuilder.text(cs, BOLD, 11, 50, 578, "Data Engineer, Vistula Logistics");
            ResumePdfBuilder.text(cs, REGULAR, 10, 480, 578, "2020 – 2024");
            ResumePdfBuilder.text(cs, REGULAR, 10, 50, 564, "• Built the Kafka ingestion for 40 warehouses.");
        });
    }

    @Test
    void aNameBesideItsContactColumnIsTheNameNotAShortLineOfTheSummary() throws IOException {
        assertThat(name(false)).isEqualTo("Tomasz Wielgosz");
    }

    @Test
    void anAboutHeadingIsNoName() throws IOException {
        assertThat(name(true)).isEqualTo("Tomasz Wielgosz");
    }

    @Test
    void aMonogramBeforeTheNameAndANameWrappedInDisplayTypeAreOneName() throws IOException {
        assertThat(NameFinder.cleanName("SOL Saga Okafor Lindahl")).isEqualTo("Saga Okafor Lindahl");
        assertThat(NameFinder.cleanName("AI Research Lab")).isEqualTo("AI Research Lab");
        assertThat(nameOf(cs -> {
            ResumePdfBuilder.text(cs, BOLD, 24, 50, 740, "Kalani");
            ResumePdfBuilder.text(cs, BOLD, 24, 50, 712, "Wojcik-Ferreira");
            ResumePdfBuilder.text(cs, REGULAR, 10, 50, 690, "kalani.wf@example.org");
            ResumePdfBuilder.text(cs, BOLD, 12, 50, 660, "Experience");
            ResumePdfBuilder.text(cs, BOLD, 11, 50, 644, "Data Engineer, Lakeside Freight");
            ResumePdfBuilder.text(cs, REGULAR, 10, 480, 644, "2020 – 2024");
            ResumePdfBuilder.text(cs, REGULAR, 10, 50, 630, "• Built the Kafka ingestion for 40 warehouses.");
        })).isEqualTo("Kalani Wojcik-Ferreira");
    }

    @Test
    void aNameWrappedBesideAContactColumnIsOneName() throws IOException {
        assertThat(nameOf(cs -> {
            // the contact column's lines fall between the name's two lines
            ResumePdfBuilder.text(cs, REGULAR, 10, 430, 752, "12 Quarry Lane, Leeds");
            ResumePdfBuilder.text(cs, BOLD, 22, 50, 740, "Isobel");
            ResumePdfBuilder.text(cs, REGULAR, 10, 430, 740, "LS6 2QT");
            ResumePdfBuilder.text(cs, REGULAR, 10, 470, 728, "07700 900 555");
            ResumePdfBuilder.text(cs, BOLD, 22, 50, 714, "Thwaite-Morrow");
            ResumePdfBuilder.text(cs, REGULAR, 10, 430, 714, "isobel.tm@example.org");
            ResumePdfBuilder.text(cs, BOLD, 12, 50, 680, "Experience");
            ResumePdfBuilder.text(cs, BOLD, 11, 50, 664, "Data Analyst, Wharfedale Homes");
            ResumePdfBuilder.text(cs, REGULAR, 10, 480, 664, "2021 – 2024");
            ResumePdfBuilder.text(cs, REGULAR, 10, 50, 650, "• Built the arrears dashboard for 30 housing officers.");
        })).isEqualTo("Isobel Thwaite-Morrow");
    }
}
