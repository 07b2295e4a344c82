package org.mockinterview.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.mockinterview.interview.InterviewStats;
import org.mockinterview.practice.PracticeViews.Progress;
import org.mockinterview.practice.PracticeViews.Stories;
import org.mockinterview.story.StoryService;
import org.mockinterview.story.StoryViews.StorySummary;

/**
 * Progress over time from the stored reports and analyses, the story bank and the review schedule.
 */
@ApplicationScoped
public class ProgressService {

    private final InterviewStats stats;
    private final StoryService stories;
    private final ReviewService review;

    ProgressService(InterviewStats stats, StoryService stories, ReviewService review) {
        this.stats = stats;
        this.stories = stories;
        this.review = review;
    }

    /** One transaction, so the figures are one snapshot and the request holds one connection. */
    @Transactional
    public Progress of(long userId) {
        InterviewStats.Totals totals = stats.totals(userId);
        StorySummary bank = stories.summary(userId);
        return new Progress(totals.interviews(), totals.answered(),
                ProgressTrends.categories(stats.categoryScores(userId)), ProgressTrends.weakest(stats.criteria(userId)),
                new Stories(bank.count(), bank.missingThemes()), review.dueCount(userId));
    }
}
