package org.mockinterview.scoring;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.mockinterview.embedding.BackgroundEmbeddingModel;

/** CDI producer of the deterministic analyzer, a plain class so unit tests need no CDI. */
@Singleton
public class ScoringBeans {

    @Produces
    @Singleton
    AnswerAnalyzer answerAnalyzer(BackgroundEmbeddingModel model) {
        // meaning-level key points and off-topic checks use the loaded model; until then, words alone
        return new AnswerAnalyzer(new ModelSentenceVectors(model, model::isReady));
    }
}
