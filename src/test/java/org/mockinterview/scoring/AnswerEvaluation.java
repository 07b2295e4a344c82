package org.mockinterview.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mockinterview.embedding.MiniLm;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the analyzer on the shared labelled dev sets against floors (docs/QUALITY.md) and writes its predictions.
 *
 * <p>Part of the default build; skipped, with the reason printed, when ../shared/eval is absent. Predictions go to
 * target/eval-star.jsonl and target/eval-rubric.jsonl in the scorers' format. Properties: eval.subset (all, new, old,
 * A, B or joined with '+'; default all), eval.star and eval.rubric (other labelled sets in the same format, such as
 * eval/fresh: the floors then default to 0), eval.floor.star (STAR all-label balanced accuracy), eval.floor.starParts (the
 * four parts), eval.floor.starLabel (weakest STAR label), eval.floor.rubric (rubric mean), eval.floor.criterion
 * (weakest criterion), eval.floor.followUps (share of follow-ups aimed at a label the answer failed),
 * eval.floor.category (category accuracy on questions-dev). On the whole set the floors default to the tuned figures
 * less a small margin ({@link #FLOORS}), so a regression fails the build; on another subset they default to 0.
 */
class AnswerEvaluation {
    private static final Path EVAL = Path.of("..", "shared", "eval");
    private final ObjectMapper json = new ObjectMapper();
    private static SentenceVectors vectors;
    private AnswerAnalyzer analyzer;
    private final EvalFigures starFigures = new EvalFigures();
    private final EvalFigures rubricFigures = new EvalFigures();
    private final String subset = System.getProperty("eval.subset", "all");
    private final int[] followUps = new int[3]; // asked, aimed at a failed label, none asked

    /** Default floors on the whole set: measured 2026-12-06 (QUALITY.md, tuned) less a margin of about 0.02. */
    static final java.util.Map<String, Double> FLOORS = java.util.Map.of(
            "eval.floor.star", 0.94, // measured 0.957
            "eval.floor.starParts", 0.94, // 0.960
            "eval.floor.starLabel", 0.91, // 0.935 (action)
            "eval.floor.rubric", 0.96, // 0.980
            "eval.floor.criterion", 0.91, // 0.937 (concrete_example)
            "eval.floor.followUps", 0.90, // 118 of 127 = 0.929
            "eval.floor.category", 0.95); // 23 of 23

    /** The production set-up: MiniLM in process for the meaning-level checks (-Deval.model=false: words only). */
    @org.junit.jupiter.api.BeforeEach
    void analyzer() {
        if (vectors == null) {
            boolean data = Files.exists(EVAL.resolve("star/answers-dev.jsonl"));
            vectors = data && Boolean.parseBoolean(System.getProperty("eval.model", "true"))
                    ? new ModelSentenceVectors(MiniLm.load(Path.of(System.getProperty("java.io.tmpdir"),
                    "mock-interview-test-models")), () -> true)
                    : SentenceVectors.NONE;
        }
        analyzer = new AnswerAnalyzer(vectors);
    }

    @Test
    void writePredictions() throws IOException {
        Path star = Path.of(System.getProperty("eval.star", EVAL.resolve("star/answers-dev.jsonl").toString()));
        Path rubric = Path.of(System.getProperty("eval.rubric", EVAL.resolve("rubric/answers-dev.jsonl").toString()));
        if (!Files.exists(star) || !Files.exists(rubric)) {
            System.out.println("AnswerEvaluation skipped: " + EVAL.toAbsolutePath().normalize() + " not present");
        }
        Assumptions.assumeTrue(Files.exists(star) && Files.exists(rubric), "shared eval data not present");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/eval-star.jsonl"), starPredictions(star));
        Files.write(Path.of("target/eval-rubric.jsonl"), rubricPredictions(rubric));
        checkFloors();
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
            assertFloor("category accuracy on questions-dev", right / (double) total, "eval.floor.category");
        }
    }

    private void checkFloors() {
        double star = starFigures.mean();
        double parts = starFigures.mean("situation", "task", "action", "result");
        double rubric = rubricFigures.mean();
        System.out.printf("eval [%s] STAR all-label %.3f, four parts %.3f, weakest %.3f %s%n", subset, star, parts,
                starFigures.min(), starFigures.balancedAccuracy());
        System.out.printf("eval [%s] rubric mean %.3f, weakest %.3f %s%n", subset, rubric, rubricFigures.min(),
                rubricFigures.balancedAccuracy());
        System.out.printf("eval [%s] follow-ups aimed at a label the answer failed: %d of %d (none asked: %d)%n", subset,
                followUps[1], followUps[0], followUps[2]);
        assertFloor("STAR all-label balanced accuracy", star, "eval.floor.star");
        assertFloor("STAR four-part balanced accuracy", parts, "eval.floor.starParts");
        assertFloor("weakest STAR label", starFigures.min(), "eval.floor.starLabel");
        assertFloor("rubric mean balanced accuracy", rubric, "eval.floor.rubric");
        assertFloor("weakest rubric criterion", rubricFigures.min(), "eval.floor.criterion");
        Assertions.assertTrue(followUps[0] > 0, "no follow-up was asked on subset " + subset);
        assertFloor("follow-ups aimed at a label the answer failed", followUps[1] / (double) followUps[0],
                "eval.floor.followUps");
    }

    private void assertFloor(String what, double value, String property) {
        boolean devSets = System.getProperty("eval.star") == null && System.getProperty("eval.rubric") == null;
        String byDefault = subset.equals("all") && devSets ? String.valueOf(FLOORS.get(property)) : "0";
        double floor = Double.parseDouble(System.getProperty(property, byDefault));
        Assertions.assertTrue(value >= floor, what + " " + value + " is below the floor " + floor + " (" + property + ")");
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
            count(starFigures, item, labels);
            followUpTarget(item, a);
        }
        return out;
    }

    /** Does the follow-up aim at a label the answer really failed (truth false)? */
    private void followUpTarget(JsonNode item, AnswerAnalysis a) {
        if (!EvalFigures.keep(item.get("id").asText(), subset)) {
            return;
        }
        if (a.followUp() == null) {
            followUps[2]++;
            return;
        }
        JsonNode t = item.get("labels");
        String target = a.followUp().target();
        boolean failed = switch (target) {
            case "ownership" -> !t.path("first_person_ownership").asBoolean(true);
            case "specific_example" -> !t.path("situation").asBoolean(true) && !t.path("action").asBoolean(true);
            case "answer" -> {
                boolean none = true;
                for (JsonNode v : t) {
                    none &= !v.asBoolean(false);
                }
                yield none;
            }
            default -> t.has(target) && !t.get(target).isNull() && !t.get(target).asBoolean();
        };
        followUps[0]++;
        followUps[1] += failed ? 1 : 0;
        if (!failed) {
            System.out.println("follow-up on a label the truth has met: " + item.get("id").asText() + " -> " + target);
        }
    }

    private void count(EvalFigures figures, JsonNode item, ObjectNode labels) {
        if (!EvalFigures.keep(item.get("id").asText(), subset)) {
            return;
        }
        item.get("labels").fields().forEachRemaining(e -> figures.add(e.getKey(),
                e.getValue().isNull() ? null : e.getValue().asBoolean(), labels.path(e.getKey()).asBoolean(false)));
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
            count(rubricFigures, item, labels);
            followUpTarget(item, a);
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
