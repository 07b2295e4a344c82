package org.mockinterview.interview;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Answers of interviews.
 */
@ApplicationScoped
public class AnswerRepository implements PanacheRepository<Answer> {

    public List<Answer> ofInterview(long interviewId) {
        return list("interviewId", interviewId);
    }

    /** The ids of the interview's answered questions, without loading the answers. */
    public Set<Long> answeredQuestionIds(long interviewId) {
        return new HashSet<>(getEntityManager()
                .createQuery("select a.questionId from Answer a where a.interviewId = :i", Long.class)
                .setParameter("i", interviewId).getResultList());
    }

    public Optional<Answer> forQuestion(long questionId) {
        return find("questionId", questionId).firstResultOptional();
    }
}
