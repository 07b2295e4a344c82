package org.mockinterview.scoring;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * What kind of account the answer gives: a lived episode, a hypothetical plan, a habit, nothing usable, or (outside
 * behavioral questions) an explanation that tells no story about the candidate's own work.
 */
public enum StoryType {
    SPECIFIC, HYPOTHETICAL, GENERIC, NON_ANSWER, NOT_A_STORY;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
