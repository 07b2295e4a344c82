package org.mockinterview.scoring;

import org.mockinterview.embedding.MiniLm;

import java.nio.file.Path;

/** The service's MiniLM as {@link SentenceVectors}, one per test JVM (loading costs about a second). */
final class TestVectors {
    private static SentenceVectors shared;

    private TestVectors() {
    }

    static synchronized SentenceVectors miniLm() {
        if (shared == null) {
            shared = new ModelSentenceVectors(MiniLm.load(Path.of(System.getProperty("java.io.tmpdir"),
                    "mock-interview-test-models")), () -> true);
        }
        return shared;
    }
}
