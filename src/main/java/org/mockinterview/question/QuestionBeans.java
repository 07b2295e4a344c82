package org.mockinterview.question;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.mockinterview.scoring.AnswerAnalyzer;

/** CDI producers for the offline question and scoring engines, which are plain classes so unit tests need no CDI. */
@Singleton
public class QuestionBeans {

    @Produces
    @Singleton
    EmbeddingModel embeddingModel() {
        return new AllMiniLmL6V2EmbeddingModel();
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
    AnswerAnalyzer answerAnalyzer() {
        return new AnswerAnalyzer();
    }

    @Produces
    @Singleton
    FollowUpTemplates followUpTemplates() {
        return new FollowUpTemplates();
    }

    /** Loads the ONNX model and embeds the bank at startup, so the first interview does not pay for it. */
    void warmUp(@Observes StartupEvent event, EmbeddingModel embeddingModel, QuestionPlanner planner) {
        embeddingModel.embed("warm-up");
        planner.warmUp();
    }
}
