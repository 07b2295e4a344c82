package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A form's label column read before its value column, values of several lines: labels meet values on their baseline. */
class StackedLabelsBaselineTest {

    private static TextLine line(String text, float x, float y) {
        return new TextLine(List.of(text), List.of(x), 11, false, x, 2, 1, x + 6 * text.length(), null, 11, false, 11, y);
    }

    @Test
    void eachLabelJoinsTheValueOnItsBaselineAndDutiesStayBelowIt() {
        List<TextLine> printed = List.of(
                line("Empresa:", 60, 100), line("Cargo:", 60, 114), line("Periodo:", 60, 128),
                line("Funciones:", 60, 142),
                line("Cooperativa Andina de Ahorro", 147, 100), line("Analista de Datos", 147, 114),
                line("Marzo de 2021 – actualidad", 147, 128),
                line("Modelos de deserción de asociados en Python y SQL.", 158, 142),
                line("Tableros mensuales de cartera para la gerencia.", 158, 155));

        List<TextLine> out = StackedLabels.pair(printed);

        assertThat(out).extracting(TextLine::cells).containsExactly(
                List.of("Empresa:", "Cooperativa Andina de Ahorro"),
                List.of("Cargo:", "Analista de Datos"),
                List.of("Periodo:", "Marzo de 2021 – actualidad"),
                List.of("Funciones:", "Modelos de deserción de asociados en Python y SQL."),
                List.of("Tableros mensuales de cartera para la gerencia."));
    }

    @Test
    void withoutBaselinesTheLinesStayAsPrinted() {
        List<TextLine> printed = List.of(
                new TextLine(List.of("Empresa:"), List.of(60f), 11, false, 60, 2, 1, 110),
                new TextLine(List.of("Cargo:"), List.of(60f), 11, false, 60, 2, 1, 100),
                new TextLine(List.of("Periodo:"), List.of(60f), 11, false, 60, 2, 1, 110),
                new TextLine(List.of("Cooperativa Andina"), List.of(147f), 11, false, 147, 2, 1, 300),
                new TextLine(List.of("Modelos de deserción en Python."), List.of(158f), 11, false, 158, 2, 1, 400),
                new TextLine(List.of("Tableros mensuales."), List.of(158f), 11, false, 158, 2, 1, 300));
        assertThat(StackedLabels.pair(printed)).isEqualTo(printed);
    }
}
