package org.mockinterview.interview;

/**
 * The states of an interview, as stored and as sent (lower case on purpose).
 */
public enum InterviewStatus {
    in_progress, completed
}
