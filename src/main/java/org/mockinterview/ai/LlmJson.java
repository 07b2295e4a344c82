package org.mockinterview.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Lenient reading of a model's JSON reply: tolerates markdown fences and chatter around one JSON object. */
final class LlmJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LlmJson() {
    }

    /** @throws LlmException with reason MALFORMED when no JSON object can be read */
    static JsonNode object(String reply) {
        if (reply == null) {
            throw malformed("empty reply", null);
        }
        int start = reply.indexOf('{');
        int end = reply.lastIndexOf('}');
        if (start < 0 || end <= start) {
            throw malformed("no JSON object in the reply", null);
        }
        try {
            JsonNode node = JSON.readTree(reply.substring(start, end + 1));
            if (node == null || !node.isObject()) {
                throw malformed("reply is not a JSON object", null);
            }
            return node;
        } catch (java.io.IOException e) {
            throw malformed("reply is not valid JSON", e);
        }
    }

    /** A text field, trimmed; null when missing, blank or the string "null". */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return null;
        }
        String s = v.asText().strip();
        return s.isEmpty() || s.equalsIgnoreCase("null") ? null : s;
    }

    private static LlmException malformed(String message, Throwable cause) {
        return new LlmException(LlmException.Reason.MALFORMED, message, cause);
    }
}
