package org.mockinterview.practice;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;

import java.time.OffsetDateTime;
import org.mockinterview.interview.CategoryConverter;
import org.mockinterview.kernel.Category;

/**
 * One answered question of a user on the review schedule; the same question text asked again is the same item.
 */
@Entity
public class ReviewItem extends PanacheEntity {

    @Column(nullable = false)
    public long userId;

    @Column(nullable = false, columnDefinition = "bpchar(64)")
    public String questionKey;

    /** The latest interview question with this text: where a retry of it goes. */
    @Column(nullable = false)
    public long questionId;

    @Column(nullable = false)
    public long interviewId;

    @Column(nullable = false)
    @Convert(converter = CategoryConverter.class)
    public Category category;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public int bestScore;

    @Column(nullable = false)
    public int attempts;

    @Column(nullable = false)
    public int strongStreak;

    @Column(nullable = false)
    public int intervalDays;

    @Column(nullable = false)
    public OffsetDateTime lastAttemptAt;

    @Column(nullable = false)
    public OffsetDateTime dueAt;
}
