package org.mockinterview.interview;

/**
 * LLM usage attributed to one interview, for cost visibility.
 */
public record TokenCount(int calls, int inputTokens, int outputTokens) {

    public static final TokenCount ZERO = new TokenCount(0, 0, 0);

    public TokenCount plus(TokenCount other) {
        if (other == null) {
            return this;
        }
        return new TokenCount(calls + other.calls, inputTokens + other.inputTokens, outputTokens + other.outputTokens);
    }
}
