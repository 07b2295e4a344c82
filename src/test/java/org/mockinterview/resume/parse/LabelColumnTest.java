package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.parse.LineBuilder.Cell;
import org.mockinterview.resume.parse.LineBuilder.Row;

/** A table's label column told from a sidebar by the rows themselves. */
class LabelColumnTest {

    private static final float GUTTER = 170;

    private static Row row(float y, String label, String value) {
        List<Cell> cells = new ArrayList<>();
        if (label != null) {
            cells.add(new Cell(50, 50 + 6 * label.length(), y, label, 11, false, false, null));
        }
        if (value != null) {
            cells.add(new Cell(180, 180 + 6 * value.length(), y, value, 11, false, false, null));
        }
        return new Row(y, cells);
    }

    private static List<Row> table(boolean signature) {
        List<Row> rows = new ArrayList<>(List.of(row(700, "2022", "Course on data processing with Spark"),
                row(680, "2019", "Cloud data analyst certificate"), row(650, "Spanish:", "native"),
                row(635, "Catalan:", "C1"), row(620, "English:", "B2"), row(605, "French:", "A2")));
        if (signature) {
            rows.add(row(550, "Castellón, 3 March 2025", null));
            rows.add(row(520, "Ivette Marcó Llorens", null));
        }
        return rows;
    }

    @Test
    void datesAndLabelsWithColonsBesideOneLineValuesAreATable() {
        assertThat(LabelColumn.at(table(false), GUTTER)).isTrue();
    }

    @Test
    void aClosingPlaceDateAndSignatureUnderTheTableLeaveItATable() {
        assertThat(LabelColumn.at(table(true), GUTTER)).isTrue();
    }

    @Test
    void aSidebarOfSkillsBesideTheBodyIsNoTable() {
        List<Row> rows = List.of(row(700, "Python", "Data Engineer, Lakemoor Bank"), row(685, "SQL", "Built the pipelines"),
                row(670, "Spark", "for the risk team."), row(655, "Airflow", "Analyst, Harwick Retail"),
                row(640, "Docker", "Forecast demand for"), row(625, "Git", "two hundred stores."));
        assertThat(LabelColumn.at(rows, GUTTER)).isFalse();
    }

    @Test
    void theNameAndTitleOverTheTableDoNotHideItsGutter() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(760, List.of(new Cell(50, 420, 760, "Ivette Marcó Llorens, data engineer in Castellón", 20, true, true, null))));
        rows.add(new Row(735, List.of(new Cell(50, 400, 735, "Data pipelines, cloud platforms and reporting", 12, false, false, null))));
        rows.addAll(table(false));
        rows.add(new Row(580, List.of(new Cell(50, 500, 580, "Happy to relocate within Spain and to work in English", 11, false, false, null))));

        float gutter = LabelColumn.gutter(rows, 600);

        assertThat(gutter).isBetween(98f, 180f);
    }
}
