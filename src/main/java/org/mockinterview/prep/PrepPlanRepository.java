package org.mockinterview.prep;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * Prep plans, always through their owner so that another user's id behaves as a missing one.
 */
@ApplicationScoped
public class PrepPlanRepository implements PanacheRepository<PrepPlan> {

    public List<PrepPlan> ofUser(long userId) {
        return find("userId", Sort.descending("createdAt").and("id", Sort.Direction.Descending), userId).list();
    }

    /** The plan for the soonest interview after {@code day}; of two for one date, the newer. */
    public Optional<PrepPlan> next(long userId, java.time.LocalDate day) {
        return find("userId = ?1 and interviewDate > ?2",
                Sort.ascending("interviewDate").and("createdAt", Sort.Direction.Descending), userId, day)
                .firstResultOptional();
    }

    public Optional<PrepPlan> findOwned(long userId, long id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }
}
