package org.mockinterview.scoring;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** What kind of account the answer gives: a lived episode, a hypothetical plan, a habit, or nothing usable. */
public enum StoryType {
    SPECIFIC, HYPOTHETICAL, GENERIC, NON_ANSWER;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
