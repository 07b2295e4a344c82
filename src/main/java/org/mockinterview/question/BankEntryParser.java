package org.mockinterview.question;

import com.fasterxml.jackson.databind.JsonNode;
import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;

import java.util.ArrayList;
import java.util.List;

/** Turns one JSON entry of a bank file into a {@link BankQuestion}, rejecting anything malformed with the entry named. */
final class BankEntryParser {

    private BankEntryParser() {
    }

    static BankQuestion parse(JsonNode node, Category expected, String file, int index) {
        String where = file + " entry #" + index;
        if (node == null || !node.isObject()) {
            throw new IllegalStateException(where + ": expected a JSON object");
        }
        String id = text(node, "id", where);
        where = where + " (id " + id + ")";

        String categoryWire = text(node, "category", where);
        final String at = where;
        Category category = Category.parse(categoryWire).orElseThrow(
                () -> new IllegalStateException(at + ": unknown category '" + categoryWire + "'"));
        if (category != expected) {
            throw new IllegalStateException(where + ": category '" + categoryWire + "' does not match file for "
                    + expected.wire());
        }
        Difficulty difficulty = difficulty(text(node, "difficulty", where), where);
        List<String> topics = list(node, "topics", where);
        if (topics.isEmpty()) {
            throw new IllegalStateException(where + ": topics must not be empty");
        }
        List<String> keyPoints = list(node, "keyPoints", where);
        if (keyPoints.size() < 3 || keyPoints.size() > 6) {
            throw new IllegalStateException(where + ": keyPoints must have 3-6 items, found " + keyPoints.size());
        }
        String guide = text(node, "guide", where);
        String text = text(node, "text", where);
        List<String> themes = node.has("themes") ? list(node, "themes", where) : List.of();
        if (category == Category.BEHAVIORAL && themes.isEmpty()) {
            throw new IllegalStateException(where + ": behavioral questions need at least one theme");
        }
        for (String theme : themes) {
            if (!QuestionBank.KNOWN_THEMES.contains(theme)) {
                throw new IllegalStateException(where + ": unknown theme '" + theme + "'");
            }
        }
        return new BankQuestion(id, category, difficulty, topics, keyPoints, guide, text, themes);
    }

    private static Difficulty difficulty(String value, String where) {
        return switch (value) {
            case "easy" -> Difficulty.EASY;
            case "medium" -> Difficulty.MEDIUM;
            case "hard" -> Difficulty.HARD;
            default -> throw new IllegalStateException(where + ": difficulty must be easy, medium or hard, found '"
                    + value + "'");
        };
    }

    static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalStateException(where + ": '" + field + "' must be a non-empty string");
        }
        return value.asText().trim();
    }

    static List<String> list(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalStateException(where + ": '" + field + "' must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw new IllegalStateException(where + ": '" + field + "' contains an empty or non-string item");
            }
            out.add(item.asText().trim());
        }
        return out;
    }
}
