package org.mockinterview.story;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The JSON shapes of the story bank.
 */
public final class StoryViews {

    private StoryViews() {
    }

    /** A story; STAR parts, measurable result and business impact are the analysis's quotes, null when absent. */
    public record StoryView(long id, String title, String text, List<String> themes, Star star,
            String measurableResult, String businessImpact, int score, int timesUsed, OffsetDateTime lastUsedAt,
            String origin, List<Long> answerIds, List<Long> attemptIds) {
    }

    /** The four STAR parts as quoted from the story. */
    public record Star(String situation, String task, String action, String result) {
    }

    /** Which stories cover a theme. */
    public record Coverage(String theme, List<Long> storyIds, boolean covered) {
    }

    /** The whole bank, best stories first, with the themes it covers and misses. */
    public record StoryBank(List<StoryView> stories, List<Coverage> coverage, List<String> missingThemes) {
    }

    /** A story the user drafts or edits; without a title one is taken from its first sentence. */
    public record StoryDraft(@Size(max = 200) String title, @NotBlank @Size(max = 20_000) String text) {
    }

    /** How many stories the bank holds and the themes none of them covers. */
    public record StorySummary(long count, List<String> missingThemes) {
    }

    /** Where a told story was filed, and how many questions of that interview it has answered. */
    public record Filed(long storyId, long questionsInInterview) {
    }
}
