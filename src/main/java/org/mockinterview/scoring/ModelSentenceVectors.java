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
 * that is still loading, and it keeps the vectors of stable texts (bank key points, questions), not of answers.
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
    public boolean available() {
        return ready.getAsBoolean();
    }

    @Override
    public Optional<List<float[]>> embed(List<String> stable, List<String> fresh) {
        if (!ready.getAsBoolean()) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        for (String t : stable) {
            if (!cache.containsKey(t) && !missing.contains(t)) {
                missing.add(t);
            }
        }
        int stableMissing = missing.size();
        missing.addAll(fresh);
        try {
            List<Embedding> vectors = missing.isEmpty() ? List.of()
                    : model.embedAll(missing.stream().map(TextSegment::from).toList()).content();
            List<float[]> out = new ArrayList<>(stable.size() + fresh.size());
            for (String t : stable) {
                float[] v = cache.get(t);
                if (v == null) {
                    v = vectors.get(missing.indexOf(t)).vector();
                    if (cache.size() < CACHE_LIMIT) {
                        cache.put(t, v);
                    }
                }
                out.add(v);
            }
            for (int i = 0; i < fresh.size(); i++) {
                out.add(vectors.get(stableMissing + i).vector());
            }
            return Optional.of(out);
        } catch (RuntimeException e) {
            return Optional.empty(); // meaning-level checks are a refinement; the word rules still answer
        }
    }
}
