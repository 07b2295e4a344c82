package org.mockinterview.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mockinterview.question.Category;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the analyzer over the shared labelled dev sets and writes predictions in the scorers' format
 * (target/eval-star.jsonl, target/eval-rubric.jsonl). Skipped when ../shared is absent.
 */
class AnswerEvaluation {
    private static final Path EVAL = Path.of("..", "shared", "eval");
    private final ObjectMapper json = new ObjectMapper();
    private final AnswerAnalyzer analyzer = new AnswerAnalyzer();

    @Test
    void writePredictions() throws IOException {
        Path star = EVAL.resolve("star/answers-dev.jsonl");
        Path rubric = EVAL.resolve("rubric/answers-dev.jsonl");
        Assumptions.assumeTrue(Files.exists(star) && Files.exists(rubric), "shared eval data not present");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/eval-star.jsonl"), starPredictions(star));
        Files.write(Path.of("target/eval-rubric.jsonl"), rubricPredictions(rubric));
        Path questions = EVAL.resolve("star/questions-dev.jsonl");
        if (Files.exists(questions)) {
            int right = 0;
            int total = 0;
            for (String line : Files.readAllLines(questions)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode q = json.readTree(line);
                Category predicted = analyzer.analyze(new AnalysisRequest("", q.get("question").asText(), null, null,
                        null)).category();
                total++;
                if (predicted.wire().equals(q.get("category").asText())) {
                    right++;
                } else {
                    System.out.println("category miss: " + q.get("question").asText() + " -> " + predicted.wire());
                }
            }
            System.out.println("category accuracy (questions-dev) " + right + "/" + total);
        }
    }

    private List<String> starPredictions(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode item = json.readTree(line);
            AnswerAnalysis a = analyzer.analyze(new AnalysisRequest(item.get("answer").asText(),
                    item.path("question").asText(null), Category.BEHAVIORAL, null, null));
            ObjectNode labels = json.createObjectNode();
            labels.put("situation", a.star().situation().present());
            labels.put("task", a.star().task().present());
            labels.put("action", a.star().action().present());
            labels.put("result", a.star().result().present());
            labels.put("measurable_result", a.measurableResult().present());
            labels.put("business_impact", a.businessImpact().present());
            labels.put("first_person_ownership", a.ownership().firstPerson());
            out.add(prediction(item, labels, a));
        }
        return out;
    }

    private List<String> rubricPredictions(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode item = json.readTree(line);
            Category category = Category.parse(item.get("category").asText()).orElseThrow();
            AnswerAnalysis a = analyzer.analyze(new AnalysisRequest(item.get("answer").asText(),
                    item.path("question").asText(null), category, null, null));
            ObjectNode labels = json.createObjectNode();
            for (RubricItem r : a.rubric()) {
                if (r.met() == null) {
                    labels.putNull(r.criterion());
                } else {
                    labels.put(r.criterion(), r.met());
                }
            }
            out.add(prediction(item, labels, a));
        }
        return out;
    }

    private String prediction(JsonNode item, ObjectNode labels, AnswerAnalysis a) throws IOException {
        ObjectNode row = json.createObjectNode();
        row.put("id", item.get("id").asText());
        row.set("labels", labels);
        row.set("analysis", json.valueToTree(a));
        return json.writeValueAsString(row);
    }
}
