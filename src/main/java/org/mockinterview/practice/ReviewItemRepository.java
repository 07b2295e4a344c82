package org.mockinterview.practice;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The review schedule's rows, by user.
 */
@ApplicationScoped
public class ReviewItemRepository implements PanacheRepository<ReviewItem> {

    public Optional<ReviewItem> find(long userId, String questionKey) {
        return find("userId = ?1 and questionKey = ?2", userId, questionKey).firstResultOptional();
    }

    /** Soonest due first, read-only: the queue reads hundreds of rows and must not pay for dirty checks. */
    public List<ReviewItem> ofUser(long userId) {
        return find("userId", Sort.ascending("dueAt", "id"), userId).withHint(HibernateHints.HINT_READ_ONLY, true)
                .list();
    }

    /** The items due at {@code now}, soonest first, at most {@code limit}; read-only, like {@link #ofUser}. */
    public List<ReviewItem> due(long userId, OffsetDateTime now, int limit) {
        return find("userId = ?1 and dueAt <= ?2", Sort.ascending("dueAt", "id"), userId, now)
                .withHint(HibernateHints.HINT_READ_ONLY, true).range(0, limit - 1).list();
    }

    public long countDue(long userId, OffsetDateTime now) {
        return count("userId = ?1 and dueAt <= ?2", userId, now);
    }
}
