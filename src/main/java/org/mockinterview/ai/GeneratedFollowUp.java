package org.mockinterview.ai;

/** The model's structured follow-up question. */
public record GeneratedFollowUp(String text) {
}
