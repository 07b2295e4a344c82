package org.mockinterview.interview;

import java.util.List;

/**
 * An LLM's review of an answer's content, stored beside (never instead of) the deterministic analysis.
 */
public record AnswerReviewRecord(String verdict, List<String> corrections, List<String> modelAnswerOutline) {
}
