package org.mockinterview.question;

import org.mockinterview.kernel.PlannedQuestion;
import org.mockinterview.kernel.TokenUsage;

import java.util.List;

/** A plan with its cost and notes on how it was made, e.g. {@code llm unavailable: timeout; offline engine used}. */
public record PlanResult(List<PlannedQuestion> questions, TokenUsage usage, List<String> notes) {
    public PlanResult {
        questions = List.copyOf(questions);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
