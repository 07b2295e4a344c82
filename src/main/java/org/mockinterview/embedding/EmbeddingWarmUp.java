package org.mockinterview.embedding;

/**
 * Work that embeds its data ahead of use (the question bank's vectors). Readiness waits for every such bean, so the
 * embedding package need not know who they are.
 */
public interface EmbeddingWarmUp {

    /** True once the data's vectors are in memory. */
    boolean isWarm();
}
