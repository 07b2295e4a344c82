package org.mockinterview.prep;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mockinterview.prep.PrepPlanViews.PlanDay;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One user's plan to an interview date, its days stored whole.
 */
@Entity
public class PrepPlan extends PanacheEntity {

    @Column(nullable = false)
    public long userId;

    @Column(nullable = false)
    public LocalDate interviewDate;

    @Column(nullable = false)
    public int hoursPerWeek;

    public Long resumeId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<PlanDay> days;

    @Column(nullable = false)
    public OffsetDateTime createdAt;
}
