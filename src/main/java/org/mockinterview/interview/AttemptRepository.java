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

    /** The next attempt's number: the turn's own answer is attempt 1, so the first retry is 2. */
    public int nextNumber(long questionId) {
        Integer last = getEntityManager().createQuery(
                "select max(a.attemptNumber) from Attempt a where a.questionId = :q", Integer.class)
                .setParameter("q", questionId).getSingleResult();
        return 1 + (last == null ? 1 : last);
    }

    public List<Attempt> ofInterview(long interviewId) {
        return find("interviewId", Sort.ascending("questionId", "attemptNumber"), interviewId).list();
    }
}
