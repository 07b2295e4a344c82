package org.mockinterview.kernel;

/** Model usage of one operation; {@code calls} counts replies received (failed attempts cost no tokens). */
public record TokenUsage(int calls, int inputTokens, int outputTokens) {
    public static final TokenUsage ZERO = new TokenUsage(0, 0, 0);

    public TokenUsage plus(TokenUsage other) {
        return other == null ? this : new TokenUsage(calls + other.calls, inputTokens + other.inputTokens,
                outputTokens + other.outputTokens);
    }
}
