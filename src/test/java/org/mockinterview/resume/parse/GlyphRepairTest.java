package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockinterview.resume.parse.LineBuilder.Cell;
import org.mockinterview.resume.parse.LineBuilder.Row;

/** Glyph-level repairs: fake-bold copies, word-space characters, icon glyphs and bullet dingbats. */
class GlyphRepairTest {

    /** Advance widths in em, close to Helvetica's, so that narrow letters are as narrow as in real documents. */
    private static float em(int cp) {
        if ("iljI|.,'".indexOf(cp) >= 0) {
            return 0.222f;
        }
        if ("ft ".indexOf(cp) >= 0) {
            return 0.278f;
        }
        if (cp == 'r') {
            return 0.333f;
        }
        if (cp == 'm' || cp == 'w' || cp == 'M' || cp == 'W') {
            return 0.85f;
        }
        return Character.isUpperCase(cp) ? 0.667f : 0.556f;
    }

    /** A run of text drawn glyph by glyph, spaces included as space glyphs. */
    private static List<Glyph> run(String text, float x, float y, float size, int page) {
        List<Glyph> glyphs = new ArrayList<>();
        float cx = x;
        for (int cp : text.codePoints().toArray()) {
            float w = em(cp) * size;
            glyphs.add(new Glyph(new String(Character.toChars(cp)), cx, y, w, size, "Helvetica", false, page));
            cx += w;
        }
        return glyphs;
    }

    private static List<Glyph> run(String text, float x, float y, float size) {
        return run(text, x, y, size, 1);
    }

    private static List<String> cells(List<Glyph> glyphs) {
        List<Row> rows = LineBuilder.rows(TextRepair.dedupOverlaps(glyphs));
        List<String> out = new ArrayList<>();
        rows.forEach(r -> r.cells().forEach(c -> out.add(c.text())));
        return out;
    }

    @Test
    void fakeBoldCopyOfNarrowLettersDrawnAfterTheWholeLineIsRemoved() {
        List<Glyph> glyphs = new ArrayList<>(run("Principal Software Engineer", 50, 100, 10));
        glyphs.addAll(run("Principal Software Engineer", 50.6f, 100, 10));

        List<Glyph> deduped = TextRepair.dedupOverlaps(glyphs);
        List<Row> rows = LineBuilder.rows(deduped);

        assertThat(rows).singleElement().extracting(Row::cells).asList().hasSize(1);
        Cell cell = rows.get(0).cells().get(0);
        assertThat(cell.text()).isEqualTo("Principal Software Engineer");
        assertThat(cell.bold()).isTrue();
        assertThat(deduped.stream().filter(g -> !g.isSpace())).allMatch(Glyph::bold);
    }

    @Test
    void fakeBoldCopyOffsetDiagonallyAtSmallSizeIsRemoved() {
        List<Glyph> glyphs = new ArrayList<>(run("Staff Reliability Lead", 50, 100, 6));
        glyphs.addAll(run("Staff Reliability Lead", 50.45f, 100.2f, 6));

        assertThat(cells(glyphs)).containsExactly("Staff Reliability Lead");
    }

    @Test
    void realDoubleLettersOneAdvanceApartStay() {
        List<Glyph> glyphs = run("Skills Allocation Fulfillment", 50, 100, 10);

        assertThat(TextRepair.dedupOverlaps(glyphs)).hasSameSizeAs(glyphs).noneMatch(Glyph::bold);
        assertThat(cells(glyphs)).containsExactly("Skills Allocation Fulfillment");
    }

    @Test
    void fakeBoldOfDoubleLettersKeepsBoth() {
        List<Glyph> glyphs = new ArrayList<>(run("SKILLS", 50, 100, 13));
        glyphs.addAll(run("Skills", 50, 130, 10));
        glyphs.addAll(run("SKILLS", 50.6f, 100, 13));
        glyphs.addAll(run("Skills", 50.6f, 130, 10));

        assertThat(cells(glyphs)).containsExactly("SKILLS", "Skills");
    }

    @Test
    void theSameLetterOnAnotherLineOrPageIsNotACopy() {
        List<Glyph> glyphs = new ArrayList<>(run("Lead", 50, 100, 10));
        glyphs.addAll(run("Lead", 50.4f, 112, 10));
        glyphs.addAll(run("Lead", 50.2f, 100, 10, 2));

        assertThat(TextRepair.dedupOverlaps(glyphs)).hasSize(12).noneMatch(Glyph::bold);
    }

    @Test
    void aZeroWidthSpaceGlyphSeparatesWordsDrawnWithoutAGap() {
        // a TAB or zero-width space in the text layer arrives as a " " glyph of no width
        List<Glyph> glyphs = new ArrayList<>(run("Principal", 50, 100, 10));
        float x = glyphs.get(glyphs.size() - 1).right();
        glyphs.add(new Glyph(" ", x, 100, 0, 10, "Helvetica", false, 1));
        glyphs.addAll(run("Engineer", x, 100, 10));

        assertThat(cells(glyphs)).containsExactly("Principal Engineer");
    }

    @Test
    void wordsPositionedApartWithoutSpaceGlyphsGetSpaces() {
        List<Glyph> glyphs = new ArrayList<>();
        float x = 50;
        for (String word : List.of("Staff", "Data", "Engineer")) {
            List<Glyph> w = run(word, x, 100, 10);
            glyphs.addAll(w);
            x = w.get(w.size() - 1).right() + 2.8f;
        }
        assertThat(cells(glyphs)).containsExactly("Staff Data Engineer");
    }

    @ParameterizedTest
    @ValueSource(strings = { "\t", "\u000B", "\u00A0", "\u2003", "\u200B", "\u200C", "\u2060", "\uFEFF", "\t\u200B" })
    void blankControlsAndZeroWidthCharactersAreWordSpaces(String s) {
        assertThat(TextRepair.isWordSpace(s)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "a", "\u2022", "-", "a\u200B" })
    void visibleCharactersAreNotWordSpaces(String s) {
        assertThat(TextRepair.isWordSpace(s)).isFalse();
    }

    @Test
    void anIconBetweenTextsStartsANewCell() {
        List<Glyph> glyphs = new ArrayList<>(run("Lisbon", 50, 100, 10));
        float x = glyphs.get(glyphs.size() - 1).right() + 2;
        glyphs.add(new Glyph(Glyph.ICON, x, 100, 8, 10, "FontAwesome", false, 1));
        glyphs.addAll(run("mara@example.org", x + 10, 100, 10));

        assertThat(cells(glyphs)).containsExactly("Lisbon", "mara@example.org");
    }

    @Test
    void anIconBeforeOrAfterTextIsDropped() {
        List<Glyph> glyphs = new ArrayList<>();
        glyphs.add(new Glyph(Glyph.ICON, 40, 100, 8, 10, "FontAwesome", false, 1));
        glyphs.addAll(run("Lisbon", 50, 100, 10));
        glyphs.add(new Glyph(Glyph.ICON, 82, 100, 8, 10, "FontAwesome", false, 1));
        glyphs.add(new Glyph(Glyph.ICON, 40, 130, 8, 10, "FontAwesome", false, 1));

        assertThat(cells(glyphs)).containsExactly("Lisbon");
    }

    @Test
    void iconsAreNeverFakeBoldCopies() {
        List<Glyph> glyphs = List.of(new Glyph(Glyph.ICON, 40, 100, 8, 10, "FontAwesome", false, 1),
                new Glyph(Glyph.ICON, 40.3f, 100, 8, 10, "FontAwesome", false, 1));
        assertThat(TextRepair.dedupOverlaps(glyphs)).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = { "\u27A2", "\u2794", "\u25AA", "\u25A0", "\uF0A7", "\uF0B7", "\uF0D8" })
    void dingbatsAndSymbolFontBulletsAreBulletCandidates(String s) {
        assertThat(TextRepair.isDingbat(s)).isTrue();
    }

    @Test
    void lettersAreNotDingbatsAndPrivateUseIsNotText() {
        assertThat(TextRepair.isDingbat("a")).isFalse();
        assertThat(TextRepair.isDingbat("-")).isFalse();
        assertThat(TextRepair.isTextual("\uF0B7")).isFalse();
        assertThat(TextRepair.isTextual("\u2022")).isTrue();
        assertThat(TextRepair.isTextual("\uD83D\uDCDE")).isFalse();
    }

    /** Words drawn in boxes (tag pills, code chips): a space between two boxes has their padding on both sides. */
    private static List<Glyph> chips(float padding, float tracking, String... words) {
        List<Glyph> glyphs = new ArrayList<>();
        float x = 50;
        for (String word : words) {
            if (!glyphs.isEmpty()) {
                glyphs.add(new Glyph(" ", x + padding, 100, 3f, 10, "Mono", false, 1));
                x += padding + 3f + padding + tracking;
            }
            for (int cp : word.codePoints().toArray()) {
                glyphs.add(new Glyph(new String(Character.toChars(cp)), x, 100, 6f, 10, "Mono", false, 1));
                x += 6f + tracking;
            }
        }
        return glyphs;
    }

    @Test
    void wordsInPaddedBoxesAreSeparateCellsThoughNoGapIsWiderThanAnother() {
        assertThat(cells(chips(2.8f, 0, "Python", "Go", "SQL", "C++"))).containsExactly("Python", "Go", "SQL", "C++");
    }

    @Test
    void letterSpacedWordsAreNoBoxesThoughTheirSpacesHaveRoomOnBothSides() {
        assertThat(cells(chips(0, 3f, "JOHN", "DOE"))).singleElement().asString().isIn("JOHN DOE", "J O H N D O E");
    }
}
