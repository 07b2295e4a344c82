package org.mockinterview.resume.parse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Runner (not part of the default build) that parses the evaluation resumes and writes one profile JSON per PDF
 * for score_resumes.py. Run with -Dtest=ResumeEvaluation.
 */
class ResumeEvaluation {

    @Test
    void writeProfiles() throws IOException {
        Path in = Path.of(System.getProperty("eval.resumes", "../shared/eval/resumes/pdf"));
        Path out = Path.of(System.getProperty("eval.out", "target/eval-resumes"));
        assumeTrue(Files.isDirectory(in), "evaluation resumes not present at " + in.toAbsolutePath());
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ResumePdfParser parser = new ResumePdfParser(ParseLimits.defaults());
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(in)) {
            pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        for (Path pdf : pdfs) {
            String name = pdf.getFileName().toString().replaceFirst("\\.pdf$", ".json");
            Object result;
            try {
                ParsedResume parsed = parser.parse(Files.readAllBytes(pdf));
                result = parsed.profile();
                if (Boolean.getBoolean("eval.text")) {
                    Files.writeString(out.resolve(name.replace(".json", ".txt")), parsed.text());
                }
            } catch (ResumeParseException e) {
                result = Map.of("error", Map.of("kind", e.kind().name(), "message", String.valueOf(e.getMessage())));
            }
            json.writeValue(out.resolve(name).toFile(), result);
        }
    }
}
