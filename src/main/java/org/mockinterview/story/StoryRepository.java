package org.mockinterview.story;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * Stories, always through their owner so that another user's id behaves as a missing one.
 */
@ApplicationScoped
public class StoryRepository implements PanacheRepository<Story> {

    public List<Story> ofUser(long userId) {
        return find("userId", Sort.descending("score").and("id"), userId).list();
    }

    /** A story's id and themes: all that suggestions and the bank's summary read. */
    public record Themed(long id, List<String> themes) {
    }

    /** Ids and themes only, best score first, without the texts, analyses and vectors of {@link #ofUser}. */
    public List<Themed> themesOf(long userId) {
        return find("userId", Sort.descending("score").and("id"), userId).project(Themed.class).list();
    }

    public Optional<Story> findOwned(long userId, long id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }
}
