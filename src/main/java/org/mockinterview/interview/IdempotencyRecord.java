package org.mockinterview.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/**
 * The stored outcome of an answer or retry submitted under an Idempotency-Key, replayed when the key comes again.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyRecord extends PanacheEntity {

    @Column(nullable = false)
    public long interviewId;

    @Column(name = "idem_key", nullable = false)
    public String key;

    @Column(nullable = false, columnDefinition = "bpchar(64)")
    public String requestHash;

    /** Null while the turn it belongs to is still being completed. */
    @JdbcTypeCode(SqlTypes.JSON)
    public AnswerResult response;

    public Long answerId;

    /** The retry this key recorded, when it was used on the attempts endpoint. */
    public Long attemptId;

    /** The reply to a retry; null while it is being analysed. */
    @JdbcTypeCode(SqlTypes.JSON)
    public AttemptResult attemptResponse;

    @Column(nullable = false)
    public OffsetDateTime createdAt;
}
