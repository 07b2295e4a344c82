package org.mockinterview.interview;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Retries of interview questions, in the order they were made.
 */
@ApplicationScoped
public class AttemptRepository implements PanacheRepository<Attempt> {

    public List<Attempt> ofQuestion(long questionId) {
        return find("questionId", Sort.ascending("attemptNumber"), questionId).list();
    }

    public List<Attempt> ofInterview(long interviewId) {
        return find("interviewId", Sort.ascending("questionId", "attemptNumber"), interviewId).list();
    }
}
