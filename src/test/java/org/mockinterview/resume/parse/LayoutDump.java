package org.mockinterview.resume.parse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;

/** Debugging runner: prints the styled lines of -Ddump.pdf (skipped unless the property is set). */
class LayoutDump {

    @Test
    void dump() throws Exception {
        String file = System.getProperty("dump.pdf");
        assumeTrue(file != null);
        try (var doc = Loader.loadPDF(Files.readAllBytes(Path.of(file)))) {
            GlyphCollector c = GlyphCollector.collect(doc);
            c.glyphs().stream().filter(g -> Math.abs(g.y() - 485.3) < 5 && g.x() < 200 && !g.bold()).forEach(g -> System.out.println("DUMP g " + g.text() + " " + g.x() + " " + g.bold()));
            LineBuilder.rows(TextRepair.dedupOverlaps(c.glyphs().stream().filter(g -> g.page() == 1).toList())).stream()
                    .filter(r -> r.cells().get(0).text().startsWith("N")).forEach(r -> System.out.println("DUMP row " + r));
            for (TextLine l : PageLayout.lines(GlyphCollector.collect(doc))) {
                System.out.printf("DUMP p%d x=%.0f sz=%.1f b=%s gap=%.1f | %s%n", l.page(), l.x0(), l.size(), l.bold() + "" + l.cellX(),
                        l.gapAbove(), l.text());
            }
        }
    }
}
