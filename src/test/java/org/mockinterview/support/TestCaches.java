package org.mockinterview.support;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.quarkus.cache.Cache;
import io.quarkus.cache.runtime.caffeine.CaffeineCacheImpl;
import io.quarkus.cache.runtime.caffeine.CaffeineCacheInfo;
import org.mockinterview.embedding.QueryVectorCache;

/** The Caffeine cache quarkus-cache builds from {@code quarkus.cache.caffeine."name".*}, for tests without CDI. */
public final class TestCaches {

    private TestCaches() {
    }

    public static Cache caffeine(String name, long maximumSize) {
        CaffeineCacheInfo info = new CaffeineCacheInfo();
        info.name = name;
        info.maximumSize = maximumSize;
        return new CaffeineCacheImpl(info, false);
    }

    /** The planner's query-vector cache, sized as in application.properties. */
    public static QueryVectorCache queryVectors(EmbeddingModel model) {
        return new QueryVectorCache(model, caffeine(QueryVectorCache.NAME, 512));
    }
}
