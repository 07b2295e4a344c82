package org.mockinterview.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mockinterview.scoring.AnswerAnalysis;

import java.time.OffsetDateTime;

/**
 * A retry of a question after its turn; the turn's own answer is attempt 1, so retries are numbered from 2.
 */
@Entity
public class Attempt extends PanacheEntity {

    @Column(nullable = false)
    public long interviewId;

    @Column(nullable = false)
    public long questionId;

    @Column(nullable = false)
    public int attemptNumber;

    @Column(nullable = false)
    public String text;

    public Integer durationSeconds;

    /** Null only between the two transactions of a retry (or after a crash there). */
    @JdbcTypeCode(SqlTypes.JSON)
    public AnswerAnalysis analysis;

    public String analysisEngine;

    @Column(nullable = false)
    public OffsetDateTime createdAt;
}
