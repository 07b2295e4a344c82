package org.mockinterview.scoring;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * {@link SentenceVectors} backed by the service's embedding model (MiniLM, in process). It never waits for a model
 * that is still loading, and it keeps the vectors of texts seen again and again (bank key points, questions).
 */
public final class ModelSentenceVectors implements SentenceVectors {
    private static final int CACHE_LIMIT = 4096;
    private final EmbeddingModel model;
    private final BooleanSupplier ready;
    private final ConcurrentHashMap<String, float[]> cache = new ConcurrentHashMap<>();

    public ModelSentenceVectors(EmbeddingModel model, BooleanSupplier ready) {
        this.model = model;
        this.ready = ready;
    }

    @Override
    public Optional<List<float[]>> embed(List<String> texts) {
        if (!ready.getAsBoolean()) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
            if (!cache.containsKey(t) && !missing.contains(t)) {
                missing.add(t);
            }
        }
        try {
            java.util.Map<String, float[]> fresh = new java.util.HashMap<>();
            if (!missing.isEmpty()) {
                List<Embedding> vectors = model.embedAll(missing.stream().map(TextSegment::from).toList()).content();
                for (int i = 0; i < missing.size(); i++) {
                    fresh.put(missing.get(i), vectors.get(i).vector());
                }
                if (cache.size() < CACHE_LIMIT) {
                    cache.putAll(fresh);
                }
            }
            List<float[]> out = new ArrayList<>(texts.size());
            for (String t : texts) {
                float[] v = fresh.get(t);
                out.add(v != null ? v : cache.get(t));
            }
            return Optional.of(out);
        } catch (RuntimeException e) {
            return Optional.empty(); // meaning-level checks are a refinement; the word rules still answer
        }
    }
}
