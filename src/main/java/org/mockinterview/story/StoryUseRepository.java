package org.mockinterview.story;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;

/**
 * Where stories were told.
 */
@ApplicationScoped
public class StoryUseRepository implements PanacheRepository<StoryUse> {

    public List<StoryUse> ofStories(Collection<Long> storyIds) {
        return storyIds.isEmpty() ? List.of() : list("storyId in ?1 order by createdAt, id", storyIds);
    }

    /** How many different questions of the interview the story has answered. */
    public long questionsAnswered(long storyId, long interviewId) {
        return getEntityManager().createQuery("select count(distinct u.questionId) from StoryUse u "
                        + "where u.storyId = :s and u.interviewId = :i", Long.class)
                .setParameter("s", storyId).setParameter("i", interviewId).getSingleResult();
    }
}
