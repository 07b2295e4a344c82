package org.mockinterview.resume;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * Resumes, always looked up through their owner so that another user's id behaves as a missing one.
 */
@ApplicationScoped
public class ResumeRepository implements PanacheRepository<Resume> {

    public Optional<Resume> findOwned(long userId, long id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }

    public Optional<Resume> findBySha(long userId, String sha256) {
        return find("userId = ?1 and sha256 = ?2", userId, sha256).firstResultOptional();
    }

    public List<Resume> pageOwned(long userId, int page, int size) {
        return find("userId", Sort.descending("createdAt").and("id", Sort.Direction.Descending), userId)
                .page(Page.of(page, size)).list();
    }

    public long countOwned(long userId) {
        return count("userId", userId);
    }

    public long deleteOwned(long userId, long id) {
        return delete("id = ?1 and userId = ?2", id, userId);
    }
}
