package org.mockinterview.interview;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * Answers of interviews.
 */
@ApplicationScoped
public class AnswerRepository implements PanacheRepository<Answer> {

    public List<Answer> ofInterview(long interviewId) {
        return list("interviewId", interviewId);
    }

    public Optional<Answer> forQuestion(long questionId) {
        return find("questionId", questionId).firstResultOptional();
    }
}
