package org.mockinterview.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import org.junit.jupiter.api.Test;
import org.mockinterview.support.TestCaches;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The planner's query vectors: each text embedded once, the misses of one call in one batch, order kept. */
class QueryVectorCacheTest {

    /** Records each call's texts; a text's vector is (length, 1), so every text has its own direction. */
    private static final class RecordingModel implements EmbeddingModel {
        final List<List<String>> calls = new ArrayList<>();

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            calls.add(segments.stream().map(TextSegment::text).toList());
            return Response.from(segments.stream()
                    .map(s -> Embedding.from(new float[] {s.text().length(), 1})).toList());
        }
    }

    private final RecordingModel model = new RecordingModel();
    private final QueryVectorCache cache = new QueryVectorCache(model, TestCaches.caffeine(QueryVectorCache.NAME, 16));

    @Test
    void embedsOnlyTheMissesOfACallInOneBatchAndKeepsTheOrder() {
        List<float[]> first = cache.embed(List.of("a", "bbb"));
        List<float[]> second = cache.embed(List.of("bbb", "cc", "bbb", "a"));

        assertThat(model.calls).containsExactly(List.of("a", "bbb"), List.of("cc"));
        assertThat(second).hasSize(4);
        assertThat(second.get(0)).isEqualTo(first.get(1)).isEqualTo(second.get(2));
        assertThat(second.get(3)).isEqualTo(first.get(0));
        assertThat(second.get(1)).isEqualTo(UnitVectors.unit(new float[] {2, 1}));
    }

    @Test
    void aCallWithEveryTextCachedDoesNotCallTheModel() {
        cache.embed(List.of("x", "yy"));
        cache.embed(List.of("yy", "x"));

        assertThat(model.calls).hasSize(1);
    }
}
