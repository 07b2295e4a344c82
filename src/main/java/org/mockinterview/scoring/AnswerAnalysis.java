package org.mockinterview.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.mockinterview.question.Category;

import java.util.List;

/** The analyzer's verdict on one answer, serialised as the public analysis JSON. */
public record AnswerAnalysis(Category category, int score, StoryType story, Star star,
                             Presence measurableResult, Presence businessImpact, Ownership ownership,
                             List<RubricItem> rubric,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<KeyPointCoverage> keyPoints,
                             Delivery delivery, List<String> feedback, Engine engine) {

    /** Whether a component was found, with an exact substring of the answer as evidence (null when absent). */
    public record Presence(boolean present, String evidence) {
        static final Presence ABSENT = new Presence(false, null);
    }

    /** The four STAR components. */
    public record Star(Presence situation, Presence task, Presence action, Presence result) {
        static final Star NONE = new Star(Presence.ABSENT, Presence.ABSENT, Presence.ABSENT, Presence.ABSENT);
    }

    /** Whether at least one concrete action is explicitly the candidate's own. */
    public record Ownership(boolean firstPerson, String evidence) {
    }

    /** One category-rubric criterion; {@code met} is null when the criterion does not apply to the question. */
    public record RubricItem(String criterion, Boolean met, String evidence, String advice) {
    }

    /** Whether the answer touches one expected point from the question bank. */
    public record KeyPointCoverage(String point, boolean covered) {
    }

    /** How the answer was spoken or written, independent of its content. */
    public record Delivery(int words, int sentences, List<FillerCount> fillerWords, double fillerRate, int hedges,
                           List<String> jargonTerms, Integer wordsPerMinute) {
    }

    /** How often one filler word occurred. */
    public record FillerCount(String word, int count) {
    }

    /** Which engine produced the analysis, so stored analyses can be compared across versions. */
    public record Engine(String name, String version) {
    }
}
