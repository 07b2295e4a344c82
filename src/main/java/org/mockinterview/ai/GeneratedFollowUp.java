package org.mockinterview.ai;

import dev.langchain4j.model.output.structured.Description;

/** The model's structured follow-up question. */
public record GeneratedFollowUp(@Description("one follow-up question, at most two sentences") String text) {
}
