package org.mockinterview.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;
import org.mockinterview.kernel.PlannedQuestion;
import org.mockinterview.kernel.Source;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A question asked in an interview, main or follow-up, with what produced it.
 * Main questions take positions 0, 10, 20, ...; a follow-up takes its parent's position plus its ordinal.
 */
@Entity
public class InterviewQuestion extends PanacheEntity {

    public static final int POSITION_STEP = 10;

    @Column(nullable = false)
    public long interviewId;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "varchar(16)")
    public QuestionKind kind;

    public Long parentId;

    @Column(nullable = false, columnDefinition = "varchar(32)")
    @jakarta.persistence.Convert(converter = CategoryConverter.class)
    public Category category;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false, columnDefinition = "varchar(16)")
    @jakarta.persistence.Convert(converter = SourceConverter.class)
    public Source source;

    public String projectRef;

    public String bankId;

    @Column(nullable = false)
    public String generator;

    public String rationale;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> keyPoints;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "varchar(16)")
    public Difficulty difficulty;

    @Column(nullable = false)
    public OffsetDateTime createdAt;

    static InterviewQuestion main(long interviewId, int index, PlannedQuestion q, OffsetDateTime now) {
        InterviewQuestion e = of(interviewId, q, now);
        e.position = index * POSITION_STEP;
        e.kind = QuestionKind.main;
        return e;
    }

    static InterviewQuestion followUp(InterviewQuestion parent, int ordinal, PlannedQuestion q, OffsetDateTime now) {
        InterviewQuestion e = of(parent.interviewId, q, now);
        e.position = parent.position + ordinal;
        e.kind = QuestionKind.follow_up;
        e.parentId = parent.id;
        return e;
    }

    private static InterviewQuestion of(long interviewId, PlannedQuestion q, OffsetDateTime now) {
        InterviewQuestion e = new InterviewQuestion();
        e.interviewId = interviewId;
        e.category = q.category();
        e.text = q.text();
        e.source = q.source();
        e.projectRef = q.projectRef();
        e.bankId = q.bankId();
        e.generator = q.generator();
        e.rationale = q.rationale();
        e.keyPoints = q.keyPoints();
        e.difficulty = q.difficulty();
        e.createdAt = now;
        return e;
    }

    PlannedQuestion toPlanned() {
        return new PlannedQuestion(category, text, source, projectRef, bankId, generator, rationale, keyPoints,
                difficulty);
    }
}
