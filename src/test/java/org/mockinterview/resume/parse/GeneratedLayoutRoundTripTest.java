package org.mockinterview.resume.parse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mockinterview.resume.fixtures.GeneratedLayout;
import org.mockinterview.resume.fixtures.GeneratedResume;
import org.mockinterview.resume.fixtures.LayoutFamily;
import org.mockinterview.resume.fixtures.LayoutStyle;
import org.mockinterview.resume.fixtures.ResumeScorer.Counts;
import org.mockinterview.resume.fixtures.ResumeScorer.Score;
import org.mockinterview.resume.fixtures.ResumeScorer;
import org.mockinterview.resume.profile.ResumeProfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Renders generated resumes in every layout family, parses them back and scores them like the evaluation. */
class GeneratedLayoutRoundTripTest {

    // -Dgen.perFamily=N, -Dgen.family=A,B, -Dgen.examples=N and -Dgen.writeAll=true (every PDF, not just the
    // first of each family, to target/generated-layouts) narrow, widen or expose a run
    private static final int PER_FAMILY = Integer.getInteger("gen.perFamily", 20);
    private static final int EXAMPLES = Integer.getInteger("gen.examples", 3);
    private static final boolean WRITE_ALL = Boolean.getBoolean("gen.writeAll");
    private static final Path OUT = Path.of("target", "generated-layouts");
    /** PDFBox warns about every non-embedded Standard 14 font it draws or reads: thousands of lines of noise. */
    private static final Logger FONT_LOG = Logger.getLogger("org.apache.pdfbox");
    private static Level fontLogLevel;

    /** One scored document. */
    private record Result(GeneratedLayout layout, ResumeProfile parsed, Score score) {
    }

    private final ResumePdfParser parser = new ResumePdfParser(ParseLimits.defaults());

    @BeforeAll
    static void quietFontWarnings() {
        fontLogLevel = FONT_LOG.getLevel();
        FONT_LOG.setLevel(Level.SEVERE);
    }

    @AfterAll
    static void restoreFontWarnings() {
        FONT_LOG.setLevel(fontLogLevel);
    }

    @Test
    void generatedResumesParseBackInEveryLayoutFamily() throws IOException {
        Files.createDirectories(OUT);
        Map<LayoutFamily, List<Result>> results = new EnumMap<>(LayoutFamily.class);
        Map<LayoutFamily, String> skipped = new EnumMap<>(LayoutFamily.class);
        Map<LayoutFamily, Integer> skips = new EnumMap<>(LayoutFamily.class);
        List<String> defects = new ArrayList<>();
        for (LayoutFamily family : families()) {
            List<Result> scored = new ArrayList<>();
            for (int i = 0; i < PER_FAMILY; i++) {
                GeneratedLayout layout = GeneratedLayout.of(family, family.ordinal() * 10_000L + i);
                if (layout.skipped() != null) {
                    skipped.merge(family, layout.skipped(), (a, b) -> a);
                    skips.merge(family, 1, Integer::sum);
                    continue;
                }
                if (scored.isEmpty() || WRITE_ALL) {
                    String file = family.name().toLowerCase() + (scored.isEmpty() ? "" : "-" + layout.seed());
                    Files.write(OUT.resolve(file + ".pdf"), layout.pdf());
                }
                defects.addAll(missingFromTextLayer(layout));
                layout.overlaps().forEach(o -> defects.add(family + " seed=" + layout.seed() + ": " + o));
                ResumeProfile parsed = parse(layout);
                scored.add(new Result(layout, parsed, ResumeScorer.score(layout.resume(), parsed)));
            }
            results.put(family, scored);
        }
        skipped.forEach((family, reason) -> System.out.printf("SKIPPED %d of %d %s resumes: %s%n", skips.get(family),
                PER_FAMILY, family, reason));
        List<Result> all = results.values().stream().flatMap(List::stream).toList();
        assumeTrue(!all.isEmpty(), "no layout family could be drawn on this machine");
        System.out.println(table("family", results.entrySet().stream().collect(Collectors.toMap(
                e -> e.getKey().name(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)), all));
        System.out.println(table("entry style", groupBy(all, r -> r.layout().style().entry().name()), all));
        System.out.println(table("project style", groupBy(all, r -> r.layout().style().project().name()), all));
        System.out.println(table("heading", groupBy(all, r -> r.layout().style().heading().name()), all));
        System.out.println(table("bullet", groupBy(all, r -> r.layout().style().bullet().name()), all));
        Counts experience = sum(all, Score::experience);
        Counts projects = sum(all, Score::projects);
        int invented = all.stream().mapToInt(r -> r.score().invented()).sum();
        boolean pass = experience.f1() >= TARGET && projects.f1() >= TARGET && invented == 0;
        System.out.printf("pooled over %d resumes: experience F1 %.3f, project F1 %.3f, invented %d"
                + " (issue 12 target %.2f; regression floors %.2f / %.2f)%n", all.size(), experience.f1(),
                projects.f1(), invented, TARGET, FLOOR_EXPERIENCE, FLOOR_PROJECTS);
        if (!pass || System.getProperty("gen.examples") != null) {
            results.forEach((family, list) -> list.stream().filter(r -> !r.score().perfect()).limit(EXAMPLES)
                    .forEach(r -> System.out.println(example(r))));
        }
        assertThat(defects).as("generator defects: text missing from the text layer, or drawn over text").isEmpty();
        assertThat(experience.f1()).as("pooled experience F1 over %d resumes", all.size())
                .isGreaterThanOrEqualTo(FLOOR_EXPERIENCE);
        assertThat(projects.f1()).as("pooled project F1 over %d resumes", all.size())
                .isGreaterThanOrEqualTo(FLOOR_PROJECTS);
        assertThat(invented).as("projects invented on resumes without any").isZero();
    }

    /** What issue 12 asks of the parser on generated layouts. */
    private static final double TARGET = 0.95;
    /**
     * The regression net: the pooled figures the parser reached when they were last measured (docs/QUALITY.md),
     * rounded down; raise them as the parser gets closer to the target.
     */
    private static final double FLOOR_EXPERIENCE = Double.parseDouble(System.getProperty("gen.floor.experience", "0.95"));
    private static final double FLOOR_PROJECTS = Double.parseDouble(System.getProperty("gen.floor.projects", "0.95"));

    private static List<LayoutFamily> families() {
        String only = System.getProperty("gen.family", "");
        return Arrays.stream(LayoutFamily.values())
                .filter(f -> only.isBlank() || Arrays.asList(only.toUpperCase().split(",")).contains(f.name()))
                .toList();
    }

    private ResumeProfile parse(GeneratedLayout layout) {
        try {
            return parser.parse(layout.pdf()).profile();
        } catch (ResumeParseException e) {
            System.out.printf("PARSE FAILED %s seed=%d: %s %s (cause: %s)%n", layout.family(), layout.seed(), e.kind(),
                    e.getMessage(), e.getCause());
            return ResumeProfile.empty();
        }
    }

    /**
     * The generator's own check, independent of the parser under test: every expected field must be in the text
     * layer as PDFBox's plain stripper reads it (in drawing order, whitespace collapsed, ligatures decomposed).
     */
    private static List<String> missingFromTextLayer(GeneratedLayout layout) throws IOException {
        String text;
        try (PDDocument doc = Loader.loadPDF(layout.pdf())) {
            text = squash(new PDFTextStripper().getText(doc));
        }
        GeneratedResume r = layout.resume();
        List<String> fields = new ArrayList<>(List.of(r.name()));
        r.jobs().forEach(j -> fields.addAll(List.of(j.title(), j.organization(), j.dates())));
        r.projects().forEach(p -> fields.add(p.name()));
        r.schools().forEach(s -> fields.addAll(List.of(s.institution(), s.degree())));
        // wide tracking makes any extractor see gaps between letters: the hazard itself, not a defect
        boolean tracked = layout.style().hazard() == LayoutStyle.Hazard.LETTER_SPACING;
        String tight = text.replace(" ", "");
        return fields.stream().filter(f -> !text.contains(squash(f))
                && !(tracked && tight.contains(squash(f).replace(" ", ""))))
                .map(f -> layout.family() + " seed=" + layout.seed() + ": '" + f + "' not in the text layer").toList();
    }

    private static String squash(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static Map<String, List<Result>> groupBy(List<Result> all, Function<Result, String> key) {
        return all.stream().collect(Collectors.groupingBy(key, java.util.TreeMap::new, Collectors.toList()));
    }

    private static Counts sum(List<Result> results, Function<Score, Counts> field) {
        return results.stream().map(r -> field.apply(r.score())).reduce(Counts.ZERO, Counts::plus);
    }

    private static String table(String title, Map<String, List<Result>> groups, List<Result> all) {
        StringBuilder out = new StringBuilder(String.format("%n%-22s %4s %8s %8s %8s %8s %8s%n", title, "n",
                "exp F1", "proj F1", "invent", "edu F1", "name"));
        groups.forEach((key, list) -> out.append(row(key, list)));
        return out.append(row("ALL", all)).toString();
    }

    private static String row(String key, List<Result> list) {
        long names = list.stream().filter(r -> r.score().name()).count();
        return String.format("%-22s %4d %8.3f %8.3f %8d %8.3f %8.3f%n", key, list.size(),
                sum(list, Score::experience).f1(), sum(list, Score::projects).f1(),
                list.stream().mapToInt(r -> r.score().invented()).sum(), sum(list, Score::education).f1(),
                list.isEmpty() ? 0 : (double) names / list.size());
    }

    private static String example(Result r) {
        GeneratedResume e = r.layout().resume();
        ResumeProfile p = r.parsed();
        StringBuilder out = new StringBuilder(String.format("%n--- %s seed=%d %s%n", r.layout().family(),
                r.layout().seed(), r.layout().style().describe()));
        out.append(String.format("  name     expected %s | parsed %s%n", e.name(), p.name()));
        out.append("  sections ").append(p.sections().stream().map(s -> s.heading() + "=" + s.kind())
                .collect(Collectors.joining(", "))).append('\n');
        for (GeneratedResume.Job j : e.jobs()) {
            out.append(String.format("  job  exp  %s | %s | %s%n", j.title(), j.organization(), j.dates()));
        }
        for (ResumeProfile.Experience x : p.experience()) {
            out.append(String.format("  job  got  %s | %s | %s%n", x.title(), x.organization(), x.dates()));
        }
        for (GeneratedResume.Project x : e.projects()) {
            out.append(String.format("  proj exp  %s | %s%n", x.name(), x.dates()));
        }
        for (ResumeProfile.Project x : p.projects()) {
            out.append(String.format("  proj got  %s | %s%n", x.name(), x.dates()));
        }
        for (GeneratedResume.School s : e.schools()) {
            out.append(String.format("  edu  exp  %s | %s | %s%n", s.institution(), s.degree(), s.dates()));
        }
        for (ResumeProfile.Education s : p.education()) {
            out.append(String.format("  edu  got  %s | %s | %s%n", s.institution(), s.degree(), s.dates()));
        }
        return out.toString();
    }
}
