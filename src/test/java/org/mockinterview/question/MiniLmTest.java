package org.mockinterview.question;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockinterview.embedding.MiniLm;
import org.mockinterview.embedding.UnitVectors;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MiniLmTest {

    private static MiniLm shared;

    /** One model per test JVM: loading it costs about a second. */
    static synchronized MiniLm model() {
        if (shared == null) {
            shared = MiniLm.load(Path.of(System.getProperty("java.io.tmpdir"), "mock-interview-test-models"));
        }
        return shared;
    }

    @Test
    void embedsLikeLangchain4jsOwnLoader() {
        float[] ours = model().embed("How would you detect data leakage in a churn model?").content().vector();
        float[] theirs = new AllMiniLmL6V2EmbeddingModel()
                .embed("How would you detect data leakage in a churn model?").content().vector();
        assertThat(ours).hasSize(384);
        assertThat(UnitVectors.dot(UnitVectors.unit(ours), UnitVectors.unit(theirs))).isGreaterThan(0.9999);
    }

    @Test
    void copiesTheModelOnceAndReusesTheCopy(@TempDir Path dir) throws IOException {
        try (MiniLm first = MiniLm.load(dir)) {
            assertThat(first.modelId()).isEqualTo(MiniLm.fingerprint());
        }
        Path copy;
        try (Stream<Path> files = Files.list(dir)) {
            copy = files.filter(f -> f.toString().endsWith(".onnx")).findFirst().orElseThrow();
        }
        var modified = Files.getLastModifiedTime(copy);
        try (MiniLm second = MiniLm.load(dir)) {
            assertThat(second.embed("x").content().vector()).hasSize(384);
        }
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(modified);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(f -> f.toString().endsWith(".partial"))).isEmpty();
        }
    }

    @Test
    void precomputedVectorsRoundTripAndAreRejectedForAnotherModel() throws IOException {
        QuestionBank bank = new QuestionBank();
        Map<String, float[]> vectors = new java.util.HashMap<>();
        for (BankQuestion q : bank.all()) {
            vectors.put(q.id(), new float[] {q.id().length(), 1f, -2.5f});
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BankVectorsFile.write(out, bank, "model-a", vectors);

        Map<String, float[]> read = BankVectorsFile.read(new ByteArrayInputStream(out.toByteArray()), bank, "model-a");
        assertThat(read).hasSize(bank.all().size());
        BankQuestion any = bank.all().get(7);
        assertThat(read.get(any.id())).containsExactly(vectors.get(any.id()));

        assertThat(BankVectorsFile.read(new ByteArrayInputStream(out.toByteArray()), bank, "model-b")).isNull();
    }

    @Test
    void theBuildShipsVectorsForTheCurrentBankAndModel() {
        QuestionBank bank = new QuestionBank();
        Map<String, float[]> shipped = BankVectorsFile.fromClassPath(bank, model().modelId());
        assertThat(shipped).as("question-bank/vectors.bin written by the build (process-classes)").isNotNull();
        BankQuestion q = bank.all().get(42);
        float[] now = UnitVectors.embed(model(), List.of(q.embeddingText())).get(0);
        assertThat(UnitVectors.dot(now, shipped.get(q.id()))).isGreaterThan(0.9999);
    }
}
