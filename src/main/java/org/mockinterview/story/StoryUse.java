package org.mockinterview.story;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import java.time.OffsetDateTime;

/**
 * One telling of a story in an interview, by an answer or by a retry.
 */
@Entity
public class StoryUse extends PanacheEntity {

    @Column(nullable = false)
    public long storyId;

    @Column(nullable = false)
    public long interviewId;

    @Column(nullable = false)
    public long questionId;

    public Long answerId;

    public Long attemptId;

    @Column(nullable = false)
    public OffsetDateTime createdAt;
}
