package org.mockinterview.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * How hard a question is; {@code MIXED} asks the planner for a spread.
 */
public enum Difficulty {
    EASY, MEDIUM, HARD, MIXED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static Difficulty fromJson(String value) {
        for (Difficulty d : values()) {
            if (d.wire().equalsIgnoreCase(value)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown difficulty: " + value);
    }
}
