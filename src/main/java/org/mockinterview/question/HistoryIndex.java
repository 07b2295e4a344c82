package org.mockinterview.question;

import java.util.HashMap;
import java.util.Map;

/** A per-plan lookup over {@link UserHistory}, so each candidate question is checked in constant time. */
final class HistoryIndex {

    private final Map<String, Integer> idRank = new HashMap<>();
    private final Map<String, Integer> textRank = new HashMap<>();
    private final int idCount;

    HistoryIndex(UserHistory history) {
        UserHistory h = history == null ? UserHistory.empty() : history;
        int i = 0;
        for (String id : h.askedBankIds()) {
            idRank.put(id, i++);
        }
        idCount = i;
        int j = 0;
        for (String text : h.askedTexts()) {
            textRank.put(QuestionTexts.normalize(text), j++);
        }
    }

    /**
     * -1 if never asked, else a rank where lower means asked longer ago. Ids and texts are separate sequences, so
     * each rank is scaled to the size of its own sequence before taking the more recent of the two.
     */
    double recency(String bankId, String normalizedText) {
        double best = -1;
        Integer byId = bankId == null ? null : idRank.get(bankId);
        if (byId != null) {
            best = (byId + 1.0) / idCount;
        }
        Integer byText = textRank.get(normalizedText);
        if (byText != null) {
            best = Math.max(best, (byText + 1.0) / textRank.size());
        }
        return best;
    }
}
