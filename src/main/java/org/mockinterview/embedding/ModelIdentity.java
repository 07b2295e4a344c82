package org.mockinterview.embedding;

/** An embedding model that can name its exact weights, so vectors computed earlier can stand in for its own. */
public interface ModelIdentity {

    /** Changes whenever the weights do; equal ids produce equal vectors. */
    String modelId();
}
