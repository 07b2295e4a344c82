package org.mockinterview.interview;

import jakarta.enterprise.context.ApplicationScoped;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis;

/**
 * Where answers meet the story bank: a behavioral answer that tells a story is filed as one.
 */
@ApplicationScoped
public class StoryHook {

    /** A story told in an answer, prepared outside any transaction. */
    public record Candidate(Object prepared) {
    }

    Candidate candidate(Category category, String text, AnswerAnalysis analysis) {
        return null;
    }

    AnswerAnalysis record(long userId, long interviewId, long questionId, Long answerId, Long attemptId,
            Candidate candidate, AnswerAnalysis analysis) {
        return analysis;
    }
}
