package org.mockinterview.question;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.mockinterview.scoring.AnswerAnalyzer;
import org.mockinterview.scoring.ModelSentenceVectors;

/** CDI producers for the offline question and scoring engines, which are plain classes so unit tests need no CDI. */
@Singleton
public class QuestionBeans {

    @Produces
    @Singleton
    BackgroundEmbeddingModel embeddingModel(EmbeddingConfig config) {
        // the first inference initialises ONNX runtime's kernels; it belongs to start-up, not to the first user
        return new BackgroundEmbeddingModel(config.cacheDir(), model -> model.embed("warm-up"));
    }

    void closeEmbeddingModel(@Disposes BackgroundEmbeddingModel model) {
        model.close();
    }

    @Produces
    @Singleton
    QuestionBank questionBank() {
        return new QuestionBank();
    }

    @Produces
    @Singleton
    ProjectTemplates projectTemplates() {
        return new ProjectTemplates();
    }

    @Produces
    @Singleton
    QuestionPlanner questionPlanner(QuestionBank bank, ProjectTemplates templates, EmbeddingModel embeddingModel) {
        return new QuestionPlanner(bank, templates, embeddingModel);
    }

    @Produces
    @Singleton
    AnswerAnalyzer answerAnalyzer(BackgroundEmbeddingModel model) {
        // meaning-level key points and off-topic checks use the loaded model; until then, words alone
        return new AnswerAnalyzer(new ModelSentenceVectors(model, model::isReady));
    }

    @Produces
    @Singleton
    FollowUpTemplates followUpTemplates() {
        return new FollowUpTemplates();
    }

    /** Starts loading the model as soon as the container is up, in parallel with the database and HTTP start. */
    void startLoading(@Observes @Initialized(ApplicationScoped.class) Object event, BackgroundEmbeddingModel model) {
        model.modelId(); // creating the bean starts its loader thread
    }

    /** Reads (or, after a bank edit in dev mode, computes) the bank's vectors before readiness, off the boot path. */
    void warmUp(@Observes StartupEvent event, QuestionPlanner planner) {
        Thread.ofPlatform().name("question-planner-warm-up").daemon().start(planner::warmUp);
    }
}
