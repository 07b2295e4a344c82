package org.mockinterview.ai;

import java.util.List;

/** The model's structured answer to one plan request. */
public record GeneratedPlan(List<GeneratedQuestion> questions) {

    public GeneratedPlan {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
