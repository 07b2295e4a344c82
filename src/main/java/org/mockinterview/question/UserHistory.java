package org.mockinterview.question;

import org.mockinterview.kernel.PlannedQuestion;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a user was asked in earlier sessions. Iteration order is asking order, oldest first; the planner relies on it
 * to reuse the least-recent question once a category's pool is used up.
 */
public record UserHistory(Set<String> askedBankIds, Set<String> askedTexts) {

    public UserHistory {
        askedBankIds = Collections.unmodifiableSet(new LinkedHashSet<>(askedBankIds == null ? Set.of() : askedBankIds));
        askedTexts = Collections.unmodifiableSet(new LinkedHashSet<>(askedTexts == null ? Set.of() : askedTexts));
    }

    public static UserHistory empty() {
        return new UserHistory(Set.of(), Set.of());
    }

    /** History plus the given plan, appended as the most recent session. */
    public UserHistory plus(List<PlannedQuestion> plan) {
        Set<String> ids = new LinkedHashSet<>(askedBankIds);
        Set<String> texts = new LinkedHashSet<>(askedTexts);
        for (PlannedQuestion q : plan) {
            if (q.bankId() != null) {
                ids.remove(q.bankId());
                ids.add(q.bankId());
            }
            texts.remove(q.text());
            texts.add(q.text());
        }
        return new UserHistory(ids, texts);
    }
}
