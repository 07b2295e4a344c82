package org.mockinterview.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.mockinterview.kernel.Category;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Aggregates over a user's stored reports and analyses for progress, computed in PostgreSQL so that a user with many
 * interviews costs a few index reads, not every analysis loaded into memory.
 */
@ApplicationScoped
public class InterviewStats {

    private final EntityManager em;

    InterviewStats(EntityManager em) {
        this.em = em;
    }

    /** One category's score in one completed interview (its report's first scores). */
    public record CategoryPoint(long interviewId, OffsetDateTime completedAt, Category category, int score) {
    }

    /** How many scored answers a rubric criterion applied to, and in how many it was met. */
    public record CriterionCount(String criterion, long met, long answers) {
    }

    /** Completed interviews and scored (not skipped) answers. */
    public record Totals(long interviews, long answered) {
    }

    @Transactional
    public Totals totals(long userId) {
        Object[] row = (Object[]) em.createNativeQuery("""
                select (select count(*) from interview i where i.user_id = :u and i.status = 'completed'),
                       (select count(*) from answer a join interview i on i.id = a.interview_id
                         where i.user_id = :u and not a.skipped and a.analysis is not null)""")
                .setParameter("u", userId).getSingleResult();
        return new Totals(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Oldest interview first. */
    @Transactional
    public List<CategoryPoint> categoryScores(long userId) {
        return categoryScores(userId, null);
    }

    /** The category scores of one completed interview of the user's. */
    @Transactional
    public List<CategoryPoint> categoryScoresOf(long userId, long interviewId) {
        return categoryScores(userId, interviewId);
    }

    @SuppressWarnings("unchecked")
    private List<CategoryPoint> categoryScores(long userId, Long interviewId) {
        var query = em.createNativeQuery("""
                select i.id, i.completed_at, c ->> 'category', (c ->> 'score')::int
                  from interview i, jsonb_array_elements(i.report -> 'categories') c
                 where i.user_id = :u and i.status = 'completed' and c ->> 'score' is not null
                """ + (interviewId == null ? "" : "   and i.id = :i\n") + """
                 order by i.completed_at, i.id""").setParameter("u", userId);
        if (interviewId != null) {
            query.setParameter("i", interviewId);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new CategoryPoint(((Number) r[0]).longValue(), offset(r[1]),
                Category.parse((String) r[2]).orElseThrow(), ((Number) r[3]).intValue())).toList();
    }

    /** Each completed interview's overall score, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<InterviewReport.ProgressPoint> overallScores(long userId) {
        List<Object[]> rows = em.createNativeQuery("""
                select i.id, i.completed_at, (i.report ->> 'overallScore')::int
                  from interview i
                 where i.user_id = :u and i.status = 'completed' and i.report ->> 'overallScore' is not null
                 order by i.completed_at, i.id""")
                .setParameter("u", userId).getResultList();
        return rows.stream().map(r -> new InterviewReport.ProgressPoint(((Number) r[0]).longValue(), offset(r[1]),
                ((Number) r[2]).intValue())).toList();
    }

    /** Every rubric criterion over the user's scored answers, where it applied. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<CriterionCount> criteria(long userId) {
        List<Object[]> rows = em.createNativeQuery("""
                select r ->> 'criterion', count(*) filter (where (r ->> 'met')::boolean), count(*)
                  from answer a join interview i on i.id = a.interview_id,
                       jsonb_array_elements(a.rubric) r
                 where i.user_id = :u and not a.skipped and a.rubric is not null
                   and jsonb_typeof(r -> 'met') = 'boolean'
                 group by 1""")
                .setParameter("u", userId).getResultList();
        return rows.stream().map(r -> new CriterionCount((String) r[0], ((Number) r[1]).longValue(),
                ((Number) r[2]).longValue())).toList();
    }

    private static OffsetDateTime offset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
