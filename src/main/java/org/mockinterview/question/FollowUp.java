package org.mockinterview.question;

import org.mockinterview.kernel.Source;
import org.mockinterview.kernel.TokenUsage;

/** One follow-up question; source is LLM or TEMPLATE. */
public record FollowUp(String text, Source source, String generator, TokenUsage usage) {
}
