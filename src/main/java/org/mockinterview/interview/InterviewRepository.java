package org.mockinterview.interview;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

/**
 * Interviews, always through their owner so that another user's id behaves as a missing one.
 */
@ApplicationScoped
public class InterviewRepository implements PanacheRepository<Interview> {

    public Optional<Interview> findOwned(long userId, long id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }

    /** Row-locks the interview, which serialises every state change of one session. */
    public Optional<Interview> lockOwned(long userId, long id) {
        return find("id = ?1 and userId = ?2", id, userId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public List<Interview> pageOwned(long userId, int page, int size) {
        return find("userId", Sort.descending("createdAt").and("id", Sort.Direction.Descending), userId)
                .page(Page.of(page, size)).list();
    }

    public long countOwned(long userId) {
        return count("userId", userId);
    }
}
