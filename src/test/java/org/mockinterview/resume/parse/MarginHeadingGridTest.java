package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Headings in a margin cell beside a grid of dates and duties, where the duties are the commonest start. */
class MarginHeadingGridTest {

    private static TextLine line(boolean bold, Object... cellsAndXs) {
        List<String> cells = new ArrayList<>();
        List<Float> xs = new ArrayList<>();
        for (int i = 0; i < cellsAndXs.length; i += 2) {
            cells.add((String) cellsAndXs[i]);
            xs.add(((Number) cellsAndXs[i + 1]).floatValue());
        }
        return new TextLine(cells, xs, 11, bold, xs.getFirst(), 2, 1, 540);
    }

    private static List<TextLine> resume(String firstLabel) {
        List<TextLine> lines = new ArrayList<>();
        lines.add(line(true, "Profil Singkat", 40, "Analis data dengan pengalaman lima tahun di ritel dan logistik.", 140));
        lines.add(line(true, "Pengalaman Kerja", 40, "Maret 2021 –", 140, "Data Analyst", 230));
        lines.add(line(false, "Sekarang", 140, "PT Sinar Data Niaga", 230));
        for (int i = 0; i < 6; i++) {
            lines.add(line(false, "Menyusun laporan penjualan mingguan untuk tim operasional toko.", 240));
        }
        lines.add(line(true, "Pendidikan", 40, "2014 – 2018", 140, "Universitas Harapan Bangsa", 230));
        lines.add(line(true, firstLabel, 40, "Python, SQL, Tableau", 140));
        return lines;
    }

    @Test
    void headingsOfThreeKindsBesideTheGridAreSplitIntoTheirOwnLines() {
        List<TextLine> out = MarginHeadings.split(resume("Keahlian"));

        assertThat(out).extracting(l -> l.cells().getFirst())
                .contains("Pengalaman Kerja", "Pendidikan", "Keahlian");
        assertThat(out.stream().filter(l -> l.cells().getFirst().equals("Pendidikan")).findFirst().orElseThrow().cells())
                .containsExactly("Pendidikan");
    }

    @Test
    void formLabelsEndingInAColonAreNoMarginHeadings() {
        List<TextLine> labels = new ArrayList<>();
        for (String label : List.of("Technologies:", "Skills:", "Education:")) {
            labels.add(line(true, label, 40, "Python, scikit-learn, PostgreSQL", 130));
            for (int i = 0; i < 3; i++) {
                labels.add(line(false, "Built a forecasting model for weekly demand across forty stores.", 240));
            }
        }
        assertThat(MarginHeadings.split(labels)).isEqualTo(labels);
    }
}
