package org.mockinterview.resume.parse;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.ResumePdfBuilder;
import org.mockinterview.resume.profile.ResumeProfile.Experience;
import org.mockinterview.resume.profile.ResumeProfile.Section;
import org.mockinterview.resume.profile.ResumeProfile;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** PDF-level glyph artefacts: fake bold, word layers without space glyphs, symbol-font bullets, glyph-name ligatures. */
class ResumePdfGlyphsTest {

    private static final PDType1Font HELVETICA = new PDType1Font(FontName.HELVETICA);
    private static final PDType1Font HELVETICA_BOLD = new PDType1Font(FontName.HELVETICA_BOLD);

    private static ParsedResume parse(byte[] pdf) {
        return PdfResumes.parsed(pdf);
    }


    @Test
    void fakeBoldDrawnTwiceWithNarrowLettersComesOutOnce() throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                ResumePdfBuilder.text(cs, HELVETICA_BOLD, 20, 50, 720, "Mara Lindqvist");
                ResumePdfBuilder.text(cs, HELVETICA, 10, 50, 700, "mara.lindqvist@example.org");
                for (float dx : new float[] { 0f, 0.6f }) {
                    ResumePdfBuilder.text(cs, HELVETICA, 13, 50 + dx, 670, "EXPERIENCE");
                    ResumePdfBuilder.text(cs, HELVETICA, 10.5f, 50 + dx, 650, "Principal Software Engineer");
                    ResumePdfBuilder.text(cs, HELVETICA, 13, 50 + dx, 590, "SKILLS");
                }
                ResumePdfBuilder.text(cs, HELVETICA, 10, 500, 650, "2019 – 2023");
                ResumePdfBuilder.text(cs, new PDType1Font(FontName.HELVETICA_OBLIQUE), 10, 50, 636, "Nimbus Labs");
                ResumePdfBuilder.text(cs, HELVETICA, 10, 60, 620, "\u2022 Led the migration of billing to event sourcing");
                ResumePdfBuilder.text(cs, HELVETICA, 10, 50, 570, "Kotlin, Go, PostgreSQL");
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        ParsedResume parsed = parse(pdf);
        ResumeProfile p = parsed.profile();

        assertThat(p.experience()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Principal Software Engineer");
            assertThat(e.organization()).isEqualTo("Nimbus Labs");
            assertThat(e.dates()).isEqualTo("2019 – 2023");
        });
        assertThat(p.sections()).extracting(Section::heading).containsExactly("EXPERIENCE", "SKILLS");
        assertThat(p.skills()).contains("Kotlin", "PostgreSQL");
    }

    @Test
    void wordsDrawnAsSeparateRunsOrSpacedByTabsAndZeroWidthSpaces() throws IOException {
        StringBuilder content = new StringBuilder();
        content.append("BT /FB 20 Tf 50 720 Td (Mara Lindqvist) Tj ET\n");
        content.append("BT /F1 10 Tf 50 700 Td (mara.lindqvist@example.org) Tj ET\n");
        content.append("BT /FB 13 Tf 50 670 Td (EXPERIENCE) Tj ET\n");
        float x = 50;
        for (String word : new String[] { "Staff", "Data", "Engineer" }) {
            // one positioned run per word and no space glyph, as word processors' justified lines are drawn
            content.append("BT /FB 10.5 Tf ").append(x).append(" 650 Td (").append(word).append(") Tj ET\n");
            x += HELVETICA_BOLD.getStringWidth(word) / 1000f * 10.5f + 2.9f;
        }
        content.append("BT /F1 10 Tf 500 650 Td (2020 \\226 2023) Tj ET\n");
        content.append("BT /FT 10 Tf 50 636 Td (Orbit\\tSystems) Tj ET\n");
        content.append("BT /FT 10 Tf 60 620 Td (\\225 Cut\\001cloud\\001costs\\tby\\00130%) Tj ET\n");
        byte[] pdf = rawPdf(content.toString(), (doc, fonts) -> {
            COSDictionary tabbed = simpleFont("Type1", "Helvetica", COSName.WIN_ANSI_ENCODING);
            COSArray widths = new COSArray();
            for (int code = 1; code <= 255; code++) {
                widths.add(COSInteger.get(code < 32 ? 0 : Math.round(HELVETICA.getWidth(code))));
            }
            tabbed.setInt(COSName.FIRST_CHAR, 1);
            tabbed.setInt(COSName.LAST_CHAR, 255);
            tabbed.setItem(COSName.WIDTHS, widths);
            tabbed.setItem(COSName.TO_UNICODE, toUnicode(doc, "<09> <0009> <01> <200B>"));
            fonts.setItem(COSName.getPDFName("FT"), tabbed);
        });
        ParsedResume parsed = parse(pdf);

        assertThat(parsed.profile().experience()).singleElement().satisfies(e -> {
            assertThat(e.title()).isEqualTo("Staff Data Engineer");
            assertThat(e.organization()).isEqualTo("Orbit Systems");
            assertThat(e.highlights()).containsExactly("Cut cloud costs by 30%");
        });
        assertThat(parsed.text()).doesNotContain("\t").doesNotContain("\u200B");
    }

    @Test
    void symbolFontBulletsTexBulletsAndLigatureGlyphNames() throws IOException {
        String content = "BT /FB 20 Tf 50 720 Td (Mara Lindqvist) Tj ET\n"
                + "BT /F1 10 Tf 50 700 Td (mara.lindqvist@example.org) Tj ET\n"
                + "BT /FB 13 Tf 50 670 Td (EXPERIENCE) Tj ET\n"
                + "BT /FB 10.5 Tf 50 650 Td (Software Engineer, Nimbus Labs) Tj ET\n"
                + "BT /F1 10 Tf 500 650 Td (2019 \\226 2021) Tj ET\n"
                // Word: a Wingdings bullet whose text layer maps to the private-use area
                + "BT /FW 10 Tf 50 634 Td <A7> Tj ET BT /F1 10 Tf 62 634 Td (Built an ingestion service in Go) Tj ET\n"
                // the same bullet without a Unicode map: WinAnsi calls it a section sign
                + "BT /FS 10 Tf 50 620 Td <A7> Tj ET BT /F1 10 Tf 62 620 Td (Reduced latency by 35%) Tj ET\n"
                // TeX: a bullet and ligatures known only by their glyph names (f_i, f_f_l, bulletmath)
                + "BT /FX 10 Tf 50 606 Td <0F> Tj ET BT /FX 10 Tf 58 606 Td (Ran the of\\014ce ra\\015e) Tj ET\n";
        byte[] pdf = rawPdf(content, (doc, fonts) -> {
            COSDictionary wingdings = simpleFont("TrueType", "Wingdings-Regular", null);
            wingdings.setInt(COSName.FIRST_CHAR, 0xA7);
            wingdings.setInt(COSName.LAST_CHAR, 0xA7);
            COSArray w = new COSArray();
            w.add(COSInteger.get(600));
            wingdings.setItem(COSName.WIDTHS, w);
            COSDictionary section = new COSDictionary(wingdings);
            section.setName(COSName.BASE_FONT, "Wingdings");
            section.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
            wingdings.setItem(COSName.TO_UNICODE, toUnicode(doc, "<A7> <F0A7>"));
            fonts.setItem(COSName.getPDFName("FW"), wingdings);
            fonts.setItem(COSName.getPDFName("FS"), section);
            COSDictionary encoding = new COSDictionary();
            encoding.setItem(COSName.TYPE, COSName.ENCODING);
            encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
            COSArray differences = new COSArray();
            differences.add(COSInteger.get(12));
            differences.add(COSName.getPDFName("f_i"));
            differences.add(COSName.getPDFName("f_f_l"));
            differences.add(COSInteger.get(15));
            differences.add(COSName.getPDFName("bulletmath"));
            encoding.setItem(COSName.DIFFERENCES, differences);
            fonts.setItem(COSName.getPDFName("FX"), simpleFont("Type1", "Helvetica", encoding));
        });
        ParsedResume parsed = parse(pdf);

        assertThat(parsed.text()).contains("• Built an ingestion service in Go", "• Reduced latency by 35%")
                .doesNotContain("§").doesNotContain("\uF0A7").doesNotContain(Glyph.ICON);
        assertThat(parsed.text()).containsPattern("•\\s+Ran the office raffle");
        Experience e = parsed.profile().experience().get(0);
        assertThat(e.highlights()).containsExactly("Built an ingestion service in Go", "Reduced latency by 35%",
                "Ran the office raffle");
    }

    /** Adds fonts to a page's resources. */
    private interface Fonts {
        void add(PDDocument doc, COSDictionary fonts) throws IOException;
    }

    /** One page drawn from raw content-stream operators, with Helvetica as F1, Helvetica-Bold as FB and extra fonts. */
    private static byte[] rawPdf(String content, Fonts extra) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), HELVETICA);
            resources.put(COSName.getPDFName("FB"), HELVETICA_BOLD);
            extra.add(doc, resources.getCOSObject().getCOSDictionary(COSName.FONT));
            page.setResources(resources);
            page.setContents(new PDStream(doc, new ByteArrayInputStream(content.getBytes(StandardCharsets.ISO_8859_1))));
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static COSDictionary simpleFont(String subtype, String baseFont, COSBase encoding) {
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setName(COSName.SUBTYPE, subtype);
        font.setName(COSName.BASE_FONT, baseFont);
        if (encoding != null) {
            font.setItem(COSName.ENCODING, encoding);
        }
        return font;
    }

    /** A ToUnicode CMap for one-byte codes with the given "<code> <unicode>" pairs. */
    private static COSStream toUnicode(PDDocument doc, String pairs) throws IOException {
        int count = pairs.trim().split("\\s+").length / 2;
        String cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Adobe-Identity-UCS def "
                + "/CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n" + count + " beginbfchar\n"
                + pairs + "\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n";
        return new PDStream(doc, new ByteArrayInputStream(cmap.getBytes(StandardCharsets.ISO_8859_1))).getCOSObject();
    }
}
