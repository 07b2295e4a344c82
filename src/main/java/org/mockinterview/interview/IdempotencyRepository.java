package org.mockinterview.interview;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.platform.problem.ProblemType;

import java.util.Optional;

/**
 * Stored answer-submission outcomes by idempotency key.
 */
@ApplicationScoped
public class IdempotencyRepository implements PanacheRepository<IdempotencyRecord> {

    /** The record stored under the key, if any; a key reused with another request body is a 422. */
    public Optional<IdempotencyRecord> matching(long interviewId, String key, String requestHash) {
        if (key == null) {
            return Optional.empty();
        }
        Optional<IdempotencyRecord> previous = find(interviewId, key);
        if (previous.isPresent() && !previous.get().requestHash.equals(requestHash)) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request; use a new key per answer or attempt.");
        }
        return previous;
    }

    /** Stores the key of a recorded answer or attempt (one of the two ids is null); nothing without a key. */
    public void remember(long interviewId, String key, String requestHash, Long answerId, Long attemptId,
            java.time.OffsetDateTime now) {
        if (key == null) {
            return;
        }
        IdempotencyRecord rec = new IdempotencyRecord();
        rec.interviewId = interviewId;
        rec.key = key;
        rec.requestHash = requestHash;
        rec.answerId = answerId;
        rec.attemptId = attemptId;
        rec.createdAt = now;
        persist(rec);
    }

    public Optional<IdempotencyRecord> find(long interviewId, String key) {
        return find("interviewId = ?1 and key = ?2", interviewId, key).firstResultOptional();
    }

    public java.util.List<IdempotencyRecord> pendingForAttempt(long attemptId) {
        return list("attemptId = ?1 and attemptResponse is null", attemptId);
    }

    public java.util.List<IdempotencyRecord> pendingFor(long answerId) {
        return list("answerId = ?1 and response is null", answerId);
    }
}
