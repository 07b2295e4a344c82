package org.mockinterview.platform;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Fault Tolerance keys that turn a documented duration setting (such as {@code 8s}) into a method's
 * {@code @Timeout}, which MicroProfile Fault Tolerance only reads as a number and a unit. Used by the config source
 * factories that own each feature's budgets.
 */
public final class TimeoutKeys {

    /** Below application.properties (250), so a fault-tolerance key set there by hand still wins. */
    public static final int ORDINAL = 200;

    private TimeoutKeys() {
    }

    /** The duration set under {@code key}, or {@code fallback} (a duration such as "10s") when none is. */
    public static Duration duration(ConfigSourceContext context, String key, String fallback) {
        ConfigValue v = context.getValue(key);
        String text = v == null || v.getValue() == null || v.getValue().isBlank() ? fallback : v.getValue().trim();
        return DurationConverter.parseDuration(text);
    }

    /** Adds the timeout of {@code method} on each of {@code types} (a bean and its generated implementation). */
    public static void put(Map<String, String> keys, List<String> types, String method, Duration budget) {
        for (String type : types) {
            String prefix = "quarkus.fault-tolerance.\"" + type + "/" + method + "\".timeout.";
            keys.put(prefix + "value", String.valueOf(Math.max(1, budget.toMillis())));
            keys.put(prefix + "unit", "millis");
        }
    }
}
