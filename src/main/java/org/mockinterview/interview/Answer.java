package org.mockinterview.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mockinterview.kernel.SpeechTiming;
import org.mockinterview.scoring.AnswerAnalysis;

import java.time.OffsetDateTime;

/**
 * The candidate's answer to one question (or its skip), stored before any analysis runs.
 */
@Entity
public class Answer extends PanacheEntity {

    @Column(nullable = false)
    public long interviewId;

    @Column(nullable = false)
    public long questionId;

    @Column(nullable = false)
    public boolean skipped;

    public String text;

    public Integer durationSeconds;

    /** The timing of a spoken answer's speech; null for a typed one. The audio itself is never stored. */
    @JdbcTypeCode(SqlTypes.JSON)
    public SpeechTiming speech;

    @JdbcTypeCode(SqlTypes.JSON)
    public AnswerAnalysis analysis;

    public String analysisEngine;

    @JdbcTypeCode(SqlTypes.JSON)
    public AnswerReviewRecord review;

    public String reviewGenerator;

    @Column(nullable = false)
    public OffsetDateTime createdAt;
}
