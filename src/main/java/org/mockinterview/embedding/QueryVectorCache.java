package org.mockinterview.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small LRU of query-segment embeddings: a user who starts several sessions with the same resume and job
 * description pays for embedding them once, and the rest of the plan is pure arithmetic.
 */
public final class QueryVectorCache {

    private final EmbeddingModel model;
    private final Map<String, float[]> cache;

    public QueryVectorCache(EmbeddingModel model, int capacity) {
        this.model = model;
        this.cache = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Unit vectors for the texts, in order; only the texts not cached are embedded, in one call. */
    public List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        synchronized (cache) {
            for (String t : texts) {
                float[] v = cache.get(t);
                out.add(v);
                if (v == null && !missing.contains(t)) {
                    missing.add(t);
                }
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        // Embedding happens outside the lock so concurrent plans for different users do not queue behind each other.
        List<float[]> computed = UnitVectors.embed(model, missing);
        synchronized (cache) {
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), computed.get(i));
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            if (out.get(i) == null) {
                out.set(i, computed.get(missing.indexOf(texts.get(i))));
            }
        }
        return out;
    }
}
