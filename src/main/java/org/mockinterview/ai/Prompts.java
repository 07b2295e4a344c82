package org.mockinterview.ai;

/**
 * Prompt versions and the output shapes the prompts ask for. A version is bumped with every wording change so that
 * stored questions, caches and metrics can tell prompt generations apart.
 */
public final class Prompts {

    public static final String PLAN_VERSION = "plan-v1";
    public static final String FOLLOW_UP_VERSION = "follow-up-v1";
    public static final String REVIEW_VERSION = "review-v1";

    /** Marks where untrusted data starts and ends; stripped from the data itself so it cannot close a block. */
    public static final String OPEN = "<<<";
    public static final String CLOSE = ">>>";

    static final String PLAN_FORMAT = """
            {"questions": [{"category": "<one of the category codes above>", "text": "<the question, one or two sentences>", \
            "projectRef": "<the resume project or role the question is about, or null>", \
            "rationale": "<one sentence: why this question suits this candidate and role>"}]}""";

    static final String FOLLOW_UP_FORMAT = """
            {"text": "<one follow-up question, at most two sentences>"}""";

    static final String REVIEW_FORMAT = """
            {"verdict": "<correct | partially_correct | incorrect>", \
            "corrections": ["<a factual error or important omission, one per item; empty when none>"], \
            "modelAnswerOutline": ["<one point of a strong answer, in order>"]}""";

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
