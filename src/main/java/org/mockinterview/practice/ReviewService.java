package org.mockinterview.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.mockinterview.interview.QuestionKind;
import org.mockinterview.interview.QuestionScored;
import org.mockinterview.interview.InterviewReport;
import org.mockinterview.interview.ReviewQuestions;
import org.mockinterview.kernel.Category;
import org.mockinterview.platform.Sha256;
import org.mockinterview.question.QuestionTexts;
import org.mockinterview.practice.PracticeViews.QueueItem;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the review schedule: every scored main question updates its item in the transaction that stored the score,
 * and the queue and review interviews read it.
 */
@ApplicationScoped
public class ReviewService implements ReviewQuestions {

    private final ReviewItemRepository items;
    private final ReviewSchedule schedule;
    private final Clock clock;

    ReviewService(ReviewItemRepository items, Clock clock) {
        this.items = items;
        this.schedule = new ReviewSchedule(clock);
        this.clock = clock;
    }

    /** Follow-ups are about one answer's gap and make no sense asked again alone, so only main questions count. */
    void onScored(@Observes QuestionScored scored) {
        if (scored.kind() != QuestionKind.main) {
            return;
        }
        String key = Sha256.hex(QuestionTexts.normalize(scored.text()));
        ReviewItem item = items.find(scored.userId(), key).orElse(null);
        ReviewSchedule.State before = item == null ? null : state(item);
        ReviewSchedule.State after = schedule.next(before, scored.score());
        if (item == null) {
            item = new ReviewItem();
            item.userId = scored.userId();
            item.questionKey = key;
        }
        item.questionId = scored.questionId();
        item.interviewId = scored.interviewId();
        item.category = scored.category();
        item.text = scored.text();
        item.bestScore = after.bestScore();
        item.attempts = after.attempts();
        item.strongStreak = after.strongStreak();
        item.intervalDays = after.intervalDays();
        item.lastAttemptAt = after.lastAttemptAt().atOffset(ZoneOffset.UTC);
        item.dueAt = after.dueAt().atOffset(ZoneOffset.UTC);
        if (item.id == null) {
            items.persist(item);
        }
    }

    @Transactional
    public List<QueueItem> queue(long userId) {
        return items.ofUser(userId).stream().map(i -> new QueueItem(i.questionId, i.interviewId, i.text,
                i.category, ReviewSchedule.status(i.bestScore), i.bestScore, i.attempts,
                i.lastAttemptAt, i.dueAt, schedule.due(i.dueAt.toInstant()))).toList();
    }

    @Transactional
    public long dueCount(long userId) {
        return items.countDue(userId, OffsetDateTime.now(clock));
    }

    @Override
    @Transactional
    public List<Long> dueQuestionIds(long userId, List<Category> categories, int perCategory) {
        Map<Category, Integer> taken = new EnumMap<>(Category.class);
        List<Long> out = new ArrayList<>();
        for (ReviewItem i : items.due(userId, OffsetDateTime.now(clock), Integer.MAX_VALUE)) {
            if (categories.contains(i.category) && taken.merge(i.category, 1, Integer::sum) <= perCategory) {
                out.add(i.questionId);
            }
        }
        return out;
    }

    @Override
    @Transactional
    public List<InterviewReport.DueQuestion> dueForReview(long userId, int limit) {
        return items.due(userId, OffsetDateTime.now(clock), limit).stream()
                .map(i -> new InterviewReport.DueQuestion(i.questionId, i.text, i.category, null)).toList();
    }

    private static ReviewSchedule.State state(ReviewItem i) {
        return new ReviewSchedule.State(i.bestScore, i.attempts, i.strongStreak, i.intervalDays,
                i.lastAttemptAt.toInstant(), i.dueAt.toInstant());
    }
}
