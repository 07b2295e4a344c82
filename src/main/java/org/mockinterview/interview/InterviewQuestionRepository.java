package org.mockinterview.interview;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The questions of interviews, in asking order.
 */
@ApplicationScoped
public class InterviewQuestionRepository implements PanacheRepository<InterviewQuestion> {

    public List<InterviewQuestion> ofInterview(long interviewId) {
        return find("interviewId", Sort.ascending("position"), interviewId).list();
    }

    /** Every question a user was asked before, for the no-repeat rule across sessions. */
    public List<InterviewQuestion> askedBy(long userId) {
        return find("select q from InterviewQuestion q, Interview i where q.interviewId = i.id and i.userId = ?1 "
                + "and q.kind = ?2 order by i.createdAt, q.position", userId, QuestionKind.main).list();
    }
}
