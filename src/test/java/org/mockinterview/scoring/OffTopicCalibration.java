package org.mockinterview.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.mockinterview.embedding.MiniLm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks {@link NonAnswers#OFF_TOPIC_SIMILARITY} on the dev answers and prints how it was chosen (docs/QUALITY.md).
 *
 * <p>The similarity the rule uses ({@link NonAnswers#similarity}: whole answer and sentences, and a work story for
 * behavioral questions) of the dev answers (all on topic) and of answers paired with a question from the other set
 * (behavioral vs technical, mostly off topic), by fold. The cut-off was picked on fold A; fold B reports how it does.
 * Part of the default build when ../shared/eval is present (skipped, with the reason printed, without it): at most
 * eval.floor.offTopic.onTopicBelow on-topic answers (default 2; measured 1 of 159) and at least
 * eval.floor.offTopic.crossedBelow of the crossed pairs (default 0.45; measured 0.52) fall below the cut-off in use.
 * -Deval.calibrate=true prints the table of other cut-offs.
 */
class OffTopicCalibration {
    private static final Path EVAL = Path.of("..", "shared", "eval");

    @Test
    void similarities() throws IOException {
        Path star = EVAL.resolve("star/answers-dev.jsonl");
        Path rubric = EVAL.resolve("rubric/answers-dev.jsonl");
        if (!Files.exists(star) || !Files.exists(rubric)) {
            System.out.println("OffTopicCalibration skipped: " + EVAL.toAbsolutePath().normalize() + " not present");
        }
        Assumptions.assumeTrue(Files.exists(star) && Files.exists(rubric), "shared eval data not present");
        List<JsonNode> s = read(star);
        List<JsonNode> r = read(rubric);
        SentenceVectors v = new ModelSentenceVectors(MiniLm.load(Path.of(System.getProperty("java.io.tmpdir"),
                "mock-interview-test-models")), () -> true);
        int onTopicBelow = 0;
        int crossedBelow = 0;
        int crossedAll = 0;
        double current = NonAnswers.OFF_TOPIC_SIMILARITY;
        for (String fold : List.of("A", "B")) {
            List<Double> same = new ArrayList<>();
            List<Double> crossed = new ArrayList<>();
            collect(s, r, v, fold, same, crossed);
            collect(r, s, v, fold, same, crossed);
            same.sort(null);
            crossed.sort(null);
            System.out.printf("fold %s: on-topic n=%d min %.3f p05 %.3f median %.3f | crossed n=%d median %.3f p95 %.3f%n",
                    fold, same.size(), same.get(0), same.get(same.size() / 20), same.get(same.size() / 2),
                    crossed.size(), crossed.get(crossed.size() / 2), crossed.get(crossed.size() * 19 / 20));
            for (double t = 0.04; t <= 0.30 && Boolean.getBoolean("eval.calibrate"); t += 0.02) {
                double cut = t;
                System.out.printf("  cut %.2f: on-topic below %d, crossed below %.2f%n", cut,
                        same.stream().filter(x -> x < cut).count(),
                        crossed.stream().filter(x -> x < cut).count() / (double) crossed.size());
            }
            long foldOnTopicBelow = same.stream().filter(x -> x < current).count();
            long foldCrossedBelow = crossed.stream().filter(x -> x < current).count();
            System.out.printf("  in use %.2f: on-topic below %d of %d, crossed below %d of %d%n", current,
                    foldOnTopicBelow, same.size(), foldCrossedBelow, crossed.size());
            onTopicBelow += (int) foldOnTopicBelow;
            crossedBelow += (int) foldCrossedBelow;
            crossedAll += crossed.size();
        }
        int maxOnTopicBelow = Integer.getInteger("eval.floor.offTopic.onTopicBelow", 2);
        double minCrossedBelow = Double.parseDouble(System.getProperty("eval.floor.offTopic.crossedBelow", "0.45"));
        assertThat(onTopicBelow).as("on-topic answers below the off-topic cut-off (eval.floor.offTopic.onTopicBelow)")
                .isLessThanOrEqualTo(maxOnTopicBelow);
        assertThat(crossedBelow / (double) crossedAll)
                .as("share of crossed pairs below the off-topic cut-off (eval.floor.offTopic.crossedBelow)")
                .isGreaterThanOrEqualTo(minCrossedBelow);
    }

    private static void collect(List<JsonNode> answers, List<JsonNode> otherQuestions, SentenceVectors v, String fold,
                                List<Double> same, List<Double> crossed) {
        for (int i = 0; i < answers.size(); i++) {
            JsonNode item = answers.get(i);
            if (!EvalFigures.fold(item.get("id").asText()).equals(fold)) {
                continue;
            }
            String answer = item.get("answer").asText();
            String own = item.path("question").asText("");
            JsonNode otherItem = otherQuestions.get(i % otherQuestions.size());
            String other = otherItem.path("question").asText("");
            // the measure the rule uses: whole answer and sentences, and a work story for behavioral questions
            same.add(NonAnswers.similarity(ParsedAnswer.parse(answer, own), v, behavioral(item)).orElseThrow());
            crossed.add(NonAnswers.similarity(ParsedAnswer.parse(answer, other), v, behavioral(otherItem))
                    .orElseThrow());
        }
    }

    /** Items of the STAR set carry no category: they answer behavioral questions. */
    private static boolean behavioral(JsonNode item) {
        return !item.has("category") || "behavioral".equals(item.get("category").asText());
    }

    private static List<JsonNode> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                out.add(json.readTree(line));
            }
        }
        return out;
    }
}
