package org.mockinterview.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Where a planned question came from: the curated bank, a resume-filled template, or a language model. */
public enum Source {
    BANK, TEMPLATE, LLM;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    static Source fromJson(String value) {
        for (Source s : values()) {
            if (s.wire().equalsIgnoreCase(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown source: " + value);
    }
}
