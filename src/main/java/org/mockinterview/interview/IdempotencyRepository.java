package org.mockinterview.interview;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Stored answer-submission outcomes by idempotency key.
 */
@ApplicationScoped
public class IdempotencyRepository implements PanacheRepository<IdempotencyRecord> {

    public Optional<IdempotencyRecord> find(long interviewId, String key) {
        return find("interviewId = ?1 and key = ?2", interviewId, key).firstResultOptional();
    }

    public java.util.List<IdempotencyRecord> pendingFor(long answerId) {
        return list("answerId = ?1 and response is null", answerId);
    }
}
