package org.mockinterview.interview;

import jakarta.enterprise.context.ApplicationScoped;
import org.mockinterview.kernel.Category;
import org.mockinterview.question.BankQuestion;
import org.mockinterview.question.QuestionBank;
import org.mockinterview.scoring.AnswerAnalysis;
import org.mockinterview.story.StoryService;
import org.mockinterview.story.StoryThemes;
import org.mockinterview.story.StoryViews.Filed;

import java.util.List;
import java.util.Optional;

/**
 * Where interviews meet the story bank: a behavioral answer (or retry) that tells a story is filed as one, a story
 * that has answered more than {@link #OVERUSED} questions of one interview is flagged, and a behavioral question
 * gets the user's best story for its theme.
 */
@ApplicationScoped
public class StoryHook {

    static final int OVERUSED = 2;

    private final StoryService stories;
    private final QuestionBank bank;

    StoryHook(StoryService stories, QuestionBank bank) {
        this.stories = stories;
        this.bank = bank;
    }

    /** A story told in an answer, prepared (embedded) outside any transaction; null when the answer tells none. */
    public record Candidate(StoryService.Told told) {
    }

    Candidate candidate(Category category, String text, AnswerAnalysis analysis) {
        return stories.told(category, text, analysis).map(Candidate::new).orElse(null);
    }

    /** Files the story inside the caller's transaction; returns the analysis, warned when the story is overused. */
    AnswerAnalysis record(long userId, long interviewId, long questionId, Long answerId, Long attemptId,
            Candidate candidate, AnswerAnalysis analysis) {
        if (candidate == null) {
            return analysis;
        }
        Filed filed = stories.file(userId, interviewId, questionId, answerId, attemptId, candidate.told());
        if (filed.questionsInInterview() <= OVERUSED) {
            return analysis;
        }
        return analysis.withFeedback("This story (story " + filed.storyId() + ") has now answered "
                + filed.questionsInInterview() + " questions in this interview; it is overused. Interviewers notice: "
                + "answer with another story from your bank.");
    }

    /** The best story for a behavioral question's themes (the bank's labels, else the question's own words). */
    Long suggestion(long userId, InterviewQuestion q) {
        if (q.category != Category.BEHAVIORAL) {
            return null;
        }
        List<String> themes = Optional.ofNullable(q.bankId).flatMap(bank::byId).map(BankQuestion::themes)
                .map(StoryThemes::fromBank).filter(t -> !t.isEmpty())
                .orElseGet(() -> StoryThemes.classify(q.text));
        return stories.suggest(userId, themes).orElse(null);
    }
}
