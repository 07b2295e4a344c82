package org.mockinterview.question;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.mockinterview.embedding.ModelIdentity;
import org.mockinterview.embedding.UnitVectors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Unit-length embeddings of every bank question, kept in memory: read from the build's precomputed file when it
 * matches the bank and model, otherwise computed once on first use.
 */
final class BankVectors {

    // Batches bound the memory of one ONNX call while still letting the model parallelise inside a batch.
    private static final int BATCH = 64;

    private final QuestionBank bank;
    private final EmbeddingModel model;
    private volatile Map<String, float[]> vectors;

    BankVectors(QuestionBank bank, EmbeddingModel model) {
        this.bank = bank;
        this.model = model;
    }

    float[] of(String bankId) {
        return all().get(bankId);
    }

    boolean isLoaded() {
        return vectors != null;
    }

    Map<String, float[]> all() {
        Map<String, float[]> v = vectors;
        if (v == null) {
            synchronized (this) {
                v = vectors;
                if (v == null) {
                    Map<String, float[]> pre = precomputed();
                    v = pre != null ? pre : embedAll(bank, model);
                    vectors = v;
                }
            }
        }
        return v;
    }

    private Map<String, float[]> precomputed() {
        // only vectors of the very same weights are interchangeable with what the model would compute now
        return model instanceof ModelIdentity m ? BankVectorsFile.fromClassPath(bank, m.modelId()) : null;
    }

    /** Embeds every bank question now, in batches: at first use when nothing matching was precomputed, and at build. */
    static Map<String, float[]> embedAll(QuestionBank bank, EmbeddingModel model) {
        List<BankQuestion> questions = bank.all();
        Map<String, float[]> out = new HashMap<>();
        for (int from = 0; from < questions.size(); from += BATCH) {
            List<BankQuestion> batch = questions.subList(from, Math.min(questions.size(), from + BATCH));
            List<float[]> embedded = UnitVectors.embed(model, batch.stream().map(BankQuestion::embeddingText).toList());
            for (int i = 0; i < batch.size(); i++) {
                out.put(batch.get(i).id(), embedded.get(i));
            }
        }
        return Map.copyOf(out);
    }
}
