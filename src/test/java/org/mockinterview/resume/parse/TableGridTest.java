package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rows of tables whose wrapped cells are centred beside each other, rebuilt one row at a time. */
class TableGridTest {

    private static TextLine line(float y, float gap, Object... cellsAndXs) {
        List<String> cells = new java.util.ArrayList<>();
        List<Float> xs = new java.util.ArrayList<>();
        for (int i = 0; i < cellsAndXs.length; i += 2) {
            cells.add((String) cellsAndXs[i]);
            xs.add(((Number) cellsAndXs[i + 1]).floatValue());
        }
        float x1 = xs.getLast() + 5 * cells.getLast().length();
        return new TextLine(cells, xs, 10, false, xs.getFirst(), gap, 1, x1, null, 10, false, 10, y);
    }

    @Test
    void centredCellsOfOneRowComeTogetherAndTheWrappedRestFollowsIt() {
        List<TextLine> printed = List.of(
                line(80, 6, "Degree", 40, "Institute", 150, "Year", 300),
                line(100, 8, "BSc (Computer", 40),
                line(106, 0, "Ravi Valley University", 150, "2017", 300),
                line(112, 0, "Science)", 40),
                line(130, 8, "MSc Data", 40),
                line(136, 0, "Lakeside Institute", 150, "2019", 300),
                line(142, 0, "Science", 40));

        List<TextLine> rows = TableGrid.regroup(printed);

        assertThat(rows).extracting(TextLine::cells).containsExactly(
                List.of("Degree", "Institute", "Year"),
                List.of("BSc (Computer", "Ravi Valley University", "2017"),
                List.of("Science)"),
                List.of("MSc Data", "Lakeside Institute", "2019"),
                List.of("Science"));
        assertThat(rows.get(2).gapAbove()).isEqualTo(TableGrid.REST_OF_ROW);
        assertThat(rows.get(3).gapAbove()).isEqualTo(8f);
    }

    @Test
    void aHeaderWrappedOverThreeLinesIsOneHeaderRow() {
        List<TextLine> printed = List.of(
                line(80, 6, "Year of", 300),
                line(84, 0, "Degree", 40, "Institute", 150),
                line(88, 0, "Passing", 300),
                line(110, 8, "BSc Statistics", 40, "Ravi Valley University", 150, "2017", 300));

        List<TextLine> rows = TableGrid.regroup(printed);

        assertThat(rows.getFirst().cells()).containsExactly("Degree", "Institute", "Year of Passing");
        assertThat(ColumnHeaders.isHeaderRow(rows.getFirst())).isTrue();
        assertThat(rows.get(1).cells()).containsExactly("BSc Statistics", "Ravi Valley University", "2017");
    }

    @Test
    void linesWithoutAHeaderRowAndTablesThatNeverWrapAreLeftAlone() {
        List<TextLine> plain = List.of(line(100, 8, "Data Analyst", 40, "2019 – 2021", 300),
                line(112, 0, "Built dashboards for the sales team.", 40));
        assertThat(TableGrid.regroup(plain)).isEqualTo(plain);

        List<TextLine> whole = List.of(line(80, 6, "Degree", 40, "Institute", 150, "Year", 300),
                line(100, 8, "BSc", 40, "Ravi Valley University", 150, "2017", 300),
                line(120, 8, "MSc", 40, "Lakeside Institute", 150, "2019", 300));
        assertThat(TableGrid.regroup(whole)).isEqualTo(whole);
    }

    @Test
    void aWordBrokenAtItsHyphenKeepsTheHyphenWithoutASpace() {
        assertThat(TableGrid.join(List.of("F.Sc. (Pre-", "Engineering)"))).isEqualTo("F.Sc. (Pre-Engineering)");
        assertThat(TableGrid.join(List.of("Jan 2025 –", "Apr 2025"))).isEqualTo("Jan 2025 – Apr 2025");
    }

    @Test
    void educationTablesNameTheirColumnsInManyLanguages() {
        for (Object[] header : new Object[][] {
                {"Level", 40, "Name of School", 120, "Degree / Course", 260, "Year Graduated", 400},
                {"Derece", 40, "Okul", 120, "Bölüm", 260, "Tarih", 400},
                {"Jenjang", 40, "Institusi", 120, "Jurusan", 260, "Tahun", 400},
                {"Nivel", 40, "Título", 120, "Institución", 260, "Años", 400}}) {
            assertThat(ColumnHeaders.isHeaderRow(line(80, 6, header))).as(header[0].toString()).isTrue();
        }
    }

    @Test
    void aTableEndsAtACapitalisedSectionHeadingAloneOnItsLineWhereverItStands() {
        List<TextLine> printed = List.of(
                line(80, 6, "Degree", 40, "Institute", 150, "Year", 300),
                line(100, 8, "BSc (Computer", 40),
                line(106, 0, "Ravi Valley University", 150, "2017", 300),
                line(112, 0, "Science)", 40),
                line(118, 2, "WORK EXPERIENCE", 200),
                line(134, 4, "Data Analyst", 40, "2018 – 2020", 300));

        List<TextLine> rows = TableGrid.regroup(printed);

        assertThat(rows.subList(3, 5)).isEqualTo(printed.subList(4, 6));
    }

    @Test
    void headerWordsPrintedJustAboveAHeaderRowJoinIt() {
        List<TextLine> printed = List.of(
                line(72, 6, "Institute", 150, "Result", 400),
                line(79, 0, "Degree", 40, "Year", 300),
                line(100, 8, "BSc (Computer", 40, "Ravi Valley", 150, "2017", 300, "3.4 / 4.0", 400),
                line(106, 0, "Science)", 40, "University", 150));

        List<TextLine> rows = TableGrid.regroup(printed);

        assertThat(rows.getFirst().cells()).containsExactly("Degree", "Institute", "Year", "Result");
        assertThat(rows.get(1).cells()).containsExactly("BSc (Computer", "Ravi Valley", "2017", "3.4 / 4.0");
    }
}
