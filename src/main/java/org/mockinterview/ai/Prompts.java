package org.mockinterview.ai;

/**
 * Prompt versions and the data delimiters. A version is bumped with every wording change so that stored questions,
 * caches and metrics can tell prompt generations apart. The output shapes are the records the AI services return:
 * quarkus-langchain4j writes their format instructions.
 */
public final class Prompts {

    public static final String PLAN_VERSION = "plan-v2";
    public static final String FOLLOW_UP_VERSION = "follow-up-v2";
    public static final String REVIEW_VERSION = "review-v2";

    /** Marks where untrusted data starts and ends; stripped from the data itself so it cannot close a block. */
    public static final String OPEN = "<<<";
    public static final String CLOSE = ">>>";

    private Prompts() {
    }

    /** Data as it may appear inside a delimited block: without block markers, trimmed and length-capped. */
    public static String data(String text, int maxChars) {
        if (text == null || text.isBlank()) {
            return "(none)";
        }
        String clean = text.replace(OPEN, " ").replace(CLOSE, " ").strip();
        return clean.length() <= maxChars ? clean : clean.substring(0, maxChars) + " […]";
    }
}
