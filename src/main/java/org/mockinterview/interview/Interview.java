package org.mockinterview.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mockinterview.kernel.TokenUsage;

import java.time.OffsetDateTime;

/**
 * One mock interview of one user. Its status only moves forward, from in_progress to completed.
 */
@Entity
public class Interview extends PanacheEntity {

    @Column(nullable = false)
    public long userId;

    public Long resumeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "varchar(16)")
    public InterviewStatus status = InterviewStatus.in_progress;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public InterviewSettings settings;

    /** The question the candidate must answer next; null once every question has been answered or skipped. */
    public Long currentQuestionId;

    @Column(nullable = false)
    public int followUpsPerQuestion;

    @JdbcTypeCode(SqlTypes.JSON)
    public InterviewReport report;

    @JdbcTypeCode(SqlTypes.JSON)
    public TokenUsage tokenUsage;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    public OffsetDateTime updatedAt;

    public OffsetDateTime completedAt;

    /** The only transition there is; the database enforces the same rule. */
    void complete(InterviewReport finalReport, OffsetDateTime at) {
        if (status != InterviewStatus.in_progress) {
            throw new IllegalStateException("interview " + id + " is already " + status);
        }
        status = InterviewStatus.completed;
        report = finalReport;
        completedAt = at;
        updatedAt = completedAt;
        currentQuestionId = null;
    }
}
