package org.mockinterview.kernel;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Optional;

/**
 * The five categories that ML and data-science interviewers test.
 */
public enum Category {
    ML_FUNDAMENTALS("ML fundamentals"),
    STATISTICS_PROBABILITY("Statistics & probability"),
    MODEL_EVALUATION("Model evaluation"),
    APPLIED_CASE_STUDY("Applied case study"),
    BEHAVIORAL("Behavioral");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** The name people read, e.g. {@code ML fundamentals}; the wire name is for machines. */
    public String label() {
        return label;
    }

    /** The wire name, e.g. {@code ml_fundamentals}. */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Category> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Category c : values()) {
            if (c.wire().equalsIgnoreCase(value.trim())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    @JsonCreator
    static Category fromJson(String value) {
        return parse(value).orElseThrow(() -> new IllegalArgumentException("unknown category: " + value));
    }
}
