package org.mockinterview.interview;

/**
 * Whether a question was planned up front or asked to probe an answer.
 */
public enum QuestionKind {
    main, follow_up
}
