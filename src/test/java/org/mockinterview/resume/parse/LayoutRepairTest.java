package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.parse.LineBuilder.Cell;
import org.mockinterview.resume.parse.LineBuilder.Row;

/** Glyph-level tests of line building and text repair, independent of any PDF or installed font. */
class LayoutRepairTest {

    private static List<Glyph> word(String text, float x, float y, float advance, float tracking, String font) {
        List<Glyph> glyphs = new ArrayList<>();
        float cx = x;
        for (int cp : text.codePoints().toArray()) {
            glyphs.add(new Glyph(new String(Character.toChars(cp)), cx, y, advance, 10f, font, false, 1));
            cx += advance + tracking;
        }
        return glyphs;
    }

    @Test
    void cjkGlyphsJoinWithoutSpacesAndWordsSplitOnGaps() {
        List<Glyph> glyphs = new ArrayList<>(word("机器学习工程师", 50, 100, 10, 0, "NotoSansCJK"));
        glyphs.addAll(word("2020", 400, 100, 5, 0, "NotoSansCJK"));
        List<Row> rows = LineBuilder.rows(glyphs);

        assertThat(rows).singleElement().extracting(Row::cells).asList().hasSize(2);
        assertThat(rows.get(0).cells()).extracting(Cell::text).containsExactly("机器学习工程师", "2020");
    }

    @Test
    void letterSpacedGlyphsCollapseIntoWords() {
        List<Glyph> glyphs = new ArrayList<>(word("JOHN", 50, 100, 7, 3, "Raleway"));
        glyphs.addAll(word("DOE", 50 + 4 * 10 + 6, 100, 7, 3, "Raleway"));
        List<Row> rows = LineBuilder.rows(glyphs);

        assertThat(rows.get(0).cells()).extracting(Cell::text).containsExactly("JOHN DOE");
    }

    @Test
    void fakeBoldDuplicatesAreRemovedAndMarkBold() {
        List<Glyph> glyphs = new ArrayList<>(word("SKILLS", 50, 100, 7, 0, "Helvetica"));
        glyphs.addAll(word("SKILLS", 50.3f, 100, 7, 0, "Helvetica"));
        List<Glyph> deduped = TextRepair.dedupOverlaps(glyphs);

        assertThat(deduped).hasSize(6).allMatch(Glyph::bold);
        assertThat(LineBuilder.rows(deduped).get(0).cells().get(0).text()).isEqualTo("SKILLS");
    }

    @Test
    void rightAlignedDatesBecomeTheirOwnCell() {
        List<Glyph> glyphs = new ArrayList<>(word("Analyst", 50, 100, 5, 0, "Helvetica"));
        glyphs.addAll(word("2019", 480, 100.4f, 5, 0, "Helvetica"));
        assertThat(LineBuilder.rows(glyphs).get(0).cells()).extracting(Cell::text).containsExactly("Analyst", "2019");
    }

    @Test
    void textRepairs() {
        assertThat(TextRepair.normalize("ﬁne-tuned classiﬁer, ﬂow")).isEqualTo("fine-tuned classifier, flow");
        assertThat(TextRepair.collapseLetterSpacing("P R O J E C T S")).isEqualTo("PROJECTS");
        assertThat(TextRepair.collapseLetterSpacing("J O H N  D O E")).isEqualTo("JOHN DOE");
        assertThat(TextRepair.joinWrapped("language mod\u00AD", "eling")).isEqualTo("language modeling");
        assertThat(TextRepair.joinWrapped("recom-", "mendation")).isEqualTo("recommendation");
        assertThat(TextRepair.joinWrapped("state-of-the-art in", "NLP")).isEqualTo("state-of-the-art in NLP");
        assertThat(TextRepair.dropIcons("\uF0E0 jane@example.org \uD83D\uDCBC")).isEqualTo(" jane@example.org ");
        assertThat(TextRepair.isTextual("\uF095")).isFalse();
        assertThat(TextRepair.isTextual("•")).isTrue();
    }

    @Test
    void dateRanges() {
        assertThat(DatePatterns.find("Data Scientist Jan 2020 – Present")).get()
                .extracting(DatePatterns.Found::value).isEqualTo("Jan 2020 – Present");
        assertThat(DatePatterns.find("Intern 2019 - 2021")).get().extracting(DatePatterns.Found::value)
                .isEqualTo("2019 - 2021");
        assertThat(DatePatterns.find("06/2018 – 08/2019")).get().extracting(DatePatterns.Found::value)
                .isEqualTo("06/2018 – 08/2019");
        assertThat(DatePatterns.find("Summer 2022")).get().extracting(DatePatterns.Found::value).isEqualTo("Summer 2022");
        assertThat(DatePatterns.find("since January 2016")).get().extracting(DatePatterns.Found::value)
                .isEqualTo("since January 2016");
        assertThat(DatePatterns.find("Feb / 2023-Feb / 2024")).get().extracting(DatePatterns.Found::value)
                .isEqualTo("Feb / 2023-Feb / 2024");
        assertThat(DatePatterns.isDuration("2 years 10 months")).isTrue();
        assertThat(DatePatterns.isLocation("Istanbul, Türkiye")).isTrue();
        assertThat(DatePatterns.hasDate("top 52/2500 applicants")).isFalse();
    }
}
