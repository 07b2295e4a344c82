package org.mockinterview.embedding;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CaffeineCache;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Query-segment embeddings in the quarkus-cache {@value #NAME} (its size is in application.properties): a user who
 * starts several sessions with the same resume and job description pays for embedding them once, and the rest of the
 * plan is pure arithmetic. Programmatic rather than {@code @CacheResult}, so that all the segments a plan misses are
 * embedded in one batched call.
 */
public final class QueryVectorCache {

    public static final String NAME = "query-vectors";

    private final EmbeddingModel model;
    private final CaffeineCache cache;

    public QueryVectorCache(EmbeddingModel model, Cache cache) {
        this.model = model;
        this.cache = cache.as(CaffeineCache.class);
    }

    /** Unit vectors for the texts, in order; only the texts not cached are embedded, in one call. */
    /** The model this cache embeds with: whatever must compare against these vectors embeds with it too. */
    public EmbeddingModel model() {
        return model;
    }

    public List<float[]> embed(List<String> texts) {
        Map<String, float[]> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
            if (found.containsKey(t) || missing.contains(t)) {
                continue;
            }
            CompletableFuture<float[]> hit = cache.getIfPresent(t);
            if (hit != null) {
                found.put(t, hit.join());
            } else {
                missing.add(t);
            }
        }
        if (!missing.isEmpty()) {
            // Embedding happens outside the cache, so concurrent plans for different users never wait on each other.
            List<float[]> computed = UnitVectors.embed(model, missing);
            for (int i = 0; i < missing.size(); i++) {
                found.put(missing.get(i), computed.get(i));
                cache.put(missing.get(i), CompletableFuture.completedFuture(computed.get(i)));
            }
        }
        return texts.stream().map(found::get).toList();
    }
}
