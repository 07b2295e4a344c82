package org.mockinterview.resume.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mockinterview.resume.parse.HeadingClassifier.Heading;

/** Where a job's own project list, found under a label inside the work section, gives way to the next job. */
class NestedListsTest {

    private static TextLine line(String text, float size, boolean bold, float x0) {
        return new TextLine(List.of(text), List.of(x0), size, bold, x0, 4f, 0, x0 + 300f);
    }

    @Test
    void dashedProjectsFlushWithTheJobTitlesEndAtTheNextDatedJob() {
        // Word: the jobs and their "–" projects share one left edge; the label sits in, under the section heading
        TextLine work = line("EMPLOYMENT HISTORY", 11, true, 40);
        TextLine label = line("Key projects:", 10, true, 173);
        List<TextLine> job = new ArrayList<>(List.of(line("Senior Data Engineer 04/2021 – Present", 10, true, 160),
                line("Korvane Freight, Hull", 10, false, 160)));
        List<TextLine> list = new ArrayList<>(List.of(
                line("– Depot Dwell Tracker: streaming dwell-time alerts with Flink.", 10, false, 160),
                line("– Pallet Vision: damage detection on loading-bay images.", 10, false, 160),
                line("Data Analyst 06/2018 – 03/2021", 10, true, 160),
                line("Mirelle Retail Group, York", 10, false, 160)));
        List<TextLine> lines = List.of(work, label);
        List<Heading> headings = List.of(new Heading(0, work.text(), "experience"),
                new Heading(1, label.text(), "projects"));
        List<List<TextLine>> contents = new ArrayList<>(List.of(job, list));

        NestedLists.restore(lines, headings, contents);

        assertThat(contents.get(1)).extracting(TextLine::text).containsExactly(
                "– Depot Dwell Tracker: streaming dwell-time alerts with Flink.",
                "– Pallet Vision: damage detection on loading-bay images.");
        assertThat(contents.get(0)).extracting(TextLine::text).endsWith("Data Analyst 06/2018 – 03/2021",
                "Mirelle Retail Group, York");
    }

    @Test
    void unmarkedLinesAtTheItemsEdgeStayInTheList() {
        TextLine work = line("EMPLOYMENT HISTORY", 11, true, 40);
        TextLine label = line("Key projects:", 10, true, 173);
        List<TextLine> job = new ArrayList<>(List.of(line("Senior Data Engineer 04/2021 – Present", 10, true, 160)));
        List<TextLine> list = new ArrayList<>(List.of(line("Depot Dwell Tracker", 10, true, 160),
                line("Streaming alerts, 2022 – 2023", 10, false, 160)));
        List<Heading> headings = List.of(new Heading(0, work.text(), "experience"),
                new Heading(1, label.text(), "projects"));
        List<List<TextLine>> contents = new ArrayList<>(List.of(job, list));

        NestedLists.restore(List.of(work, label), headings, contents);

        assertThat(contents.get(1)).hasSize(2);
    }
}
