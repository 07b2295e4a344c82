package org.mockinterview.question;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.mockinterview.embedding.QueryVectorCache;

/** CDI producers for the offline question engine, which is plain classes so unit tests need no CDI. */
@Singleton
public class QuestionBeans {

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
    QuestionPlanner questionPlanner(QuestionBank bank, ProjectTemplates templates, QueryVectorCache queryVectors) {
        return new QuestionPlanner(bank, templates, queryVectors);
    }

    @Produces
    @Singleton
    FollowUpTemplates followUpTemplates() {
        return new FollowUpTemplates();
    }

    /** Reads (or, after a bank edit in dev mode, computes) the bank's vectors before readiness, off the boot path. */
    void warmUp(@Observes StartupEvent event, QuestionPlanner planner) {
        Thread.ofPlatform().name("question-planner-warm-up").daemon().start(planner::warmUp);
    }
}
