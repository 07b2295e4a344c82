package org.mockinterview.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;

/**
 * The stored outcome of an answer submission under an Idempotency-Key, replayed on retries.
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

    @Column(nullable = false)
    public OffsetDateTime createdAt;
}
