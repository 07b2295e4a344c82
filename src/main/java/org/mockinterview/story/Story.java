package org.mockinterview.story;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mockinterview.scoring.AnswerAnalysis;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A reusable behavioral story of one user, with its best telling's text and analysis.
 */
@Entity
public class Story extends PanacheEntity {

    @Column(nullable = false)
    public long userId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String text;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> themes;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public AnswerAnalysis analysis;

    @Column(nullable = false)
    public int score;

    @Column(nullable = false)
    public int timesUsed;

    public OffsetDateTime lastUsedAt;

    @Column(nullable = false)
    public String origin;

    public byte[] vector;

    @Column(nullable = false)
    public OffsetDateTime createdAt;
}
