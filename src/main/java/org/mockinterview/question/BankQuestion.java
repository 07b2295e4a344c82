package org.mockinterview.question;

import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;

import java.util.List;

/**
 * One curated question from the bank, with what a strong answer covers.
 *
 * @param themes behavioral themes such as {@code technical_disagreement}; empty for the other categories
 */
public record BankQuestion(
        String id,
        Category category,
        Difficulty difficulty,
        List<String> topics,
        List<String> keyPoints,
        String guide,
        String text,
        List<String> themes) {

    public BankQuestion {
        topics = List.copyOf(topics);
        keyPoints = List.copyOf(keyPoints);
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** The text the planner embeds: the question plus its topics, so short questions still carry their subject. */
    String embeddingText() {
        return text + " Topics: " + String.join(", ", topics) + ".";
    }
}
