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

    public Optional<PrepPlan> findOwned(long userId, long id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }
}
