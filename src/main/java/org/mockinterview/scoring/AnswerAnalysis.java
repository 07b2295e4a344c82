package org.mockinterview.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.SpeechTiming;

import java.util.List;

/**
 * The analyzer's verdict on one answer, serialised as the public analysis JSON. STAR parts, {@code measurableResult}
 * and {@code businessImpact} carry {@code applies: false} when the answer is no story (a concept answer).
 * {@code nonAnswer} says why an answer scored as no answer; {@code followUp} probes its most important gap;
 * {@code strongerAnswer} outlines a better version from the candidate's own sentences plus what was missing.
 */
public record AnswerAnalysis(Category category, int score, StoryType story, Star star,
                             Presence measurableResult, Presence businessImpact, Ownership ownership,
                             List<RubricItem> rubric,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<KeyPointCoverage> keyPoints,
                             Delivery delivery, List<String> feedback, Engine engine,
                             @JsonInclude(JsonInclude.Include.NON_NULL) NonAnswer nonAnswer,
                             @JsonInclude(JsonInclude.Include.NON_NULL) FollowUp followUp,
                             StrongerAnswer strongerAnswer) {

    /** The shape before issue 13, for callers that build analyses by hand (tests, fixtures). */
    public AnswerAnalysis(Category category, int score, StoryType story, Star star, Presence measurableResult,
                          Presence businessImpact, Ownership ownership, List<RubricItem> rubric,
                          List<KeyPointCoverage> keyPoints, Delivery delivery, List<String> feedback, Engine engine) {
        this(category, score, story, star, measurableResult, businessImpact, ownership, rubric, keyPoints, delivery,
                feedback, engine, null, null, null);
    }

    /**
     * Whether a component was found, with an exact substring of the answer as evidence (null when absent).
     * {@code applies} is false where the component does not apply to this answer; then {@code present} is false too.
     */
    public record Presence(boolean applies, boolean present, String evidence) {
        static final Presence ABSENT = new Presence(true, false, null);
        static final Presence NOT_APPLICABLE = new Presence(false, false, null);

        public Presence(boolean present, String evidence) {
            this(true, present, evidence);
        }

        /** Analyses stored before {@code applies} existed (engine 1.0.0) read as applying. */
        @JsonCreator
        static Presence fromJson(@JsonProperty("applies") Boolean applies, @JsonProperty("present") boolean present,
                                 @JsonProperty("evidence") String evidence) {
            return new Presence(applies == null || applies, present, evidence);
        }
    }

    /** The four STAR components. */
    public record Star(Presence situation, Presence task, Presence action, Presence result) {
        static final Star NONE = new Star(Presence.ABSENT, Presence.ABSENT, Presence.ABSENT, Presence.ABSENT);
        static final Star NOT_APPLICABLE = new Star(Presence.NOT_APPLICABLE, Presence.NOT_APPLICABLE,
                Presence.NOT_APPLICABLE, Presence.NOT_APPLICABLE);
    }

    /** Whether at least one concrete action is explicitly the candidate's own. */
    public record Ownership(boolean firstPerson, String evidence) {
    }

    /** One category-rubric criterion; {@code met} is null when the criterion does not apply to the question. */
    public record RubricItem(String criterion, Boolean met, String evidence, String advice) {
    }

    /** Whether the answer touches one expected point from the question bank, and how that was decided. */
    public record KeyPointCoverage(String point, boolean covered,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) String matchedBy) {
        public KeyPointCoverage(String point, boolean covered) {
            this(point, covered, null);
        }
    }

    /**
     * How the answer was spoken or written, independent of its content. A spoken answer also has its recording's
     * length, its speaking time and its pauses over two seconds, and {@code wordsPerMinute} is over speaking time.
     */
    public record Delivery(int words, int sentences, List<FillerCount> fillerWords, double fillerRate, int hedges,
                           List<String> jargonTerms, Integer wordsPerMinute,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Double audioSeconds,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Double speakingSeconds,
                           @JsonInclude(JsonInclude.Include.NON_NULL) SpeechTiming.Pauses pauses) {

        /** A written answer's delivery. */
        public Delivery(int words, int sentences, List<FillerCount> fillerWords, double fillerRate, int hedges,
                        List<String> jargonTerms, Integer wordsPerMinute) {
            this(words, sentences, fillerWords, fillerRate, hedges, jargonTerms, wordsPerMinute, null, null, null);
        }
    }

    /** How often one filler word occurred. */
    public record FillerCount(String word, int count) {
    }

    /** Which engine produced the analysis, so stored analyses can be compared across versions. */
    public record Engine(String name, String version) {
    }

    /**
     * Why the answer counts as no answer: {@code empty}, {@code too_short}, {@code dont_know}, {@code gibberish},
     * {@code question_repeated} or {@code off_topic}, with a sentence for the candidate.
     */
    public record NonAnswer(String reason, String explanation) {
    }

    /** The follow-up aimed at the answer's most important gap; {@code target} names the gap (a criterion or key point). */
    public record FollowUp(String target, String question) {
    }

    /** An outline of a stronger answer; {@code source} is "rules" or "llm". */
    public record StrongerAnswer(List<OutlineItem> outline, String source) {

        /** The outline a model wrote, point by point, marked as the model's. */
        public static StrongerAnswer byModel(List<String> points) {
            return new StrongerAnswer(points.stream().map(p -> new OutlineItem("point", p, false)).toList(), "llm");
        }
    }

    /** This analysis with another outline of a stronger answer (the model's, once its review arrives). */
    /** The same analysis with one more feedback line at the end. */
    public AnswerAnalysis withFeedback(String line) {
        List<String> more = new java.util.ArrayList<>(feedback);
        more.add(line);
        return new AnswerAnalysis(category, score, story, star, measurableResult, businessImpact, ownership, rubric,
                keyPoints, delivery, List.copyOf(more), engine, nonAnswer, followUp, strongerAnswer);
    }

    public AnswerAnalysis withStrongerAnswer(StrongerAnswer stronger) {
        return new AnswerAnalysis(category, score, story, star, measurableResult, businessImpact, ownership, rubric,
                keyPoints, delivery, feedback, engine, nonAnswer, followUp, stronger);
    }

    /**
     * One step of the outline: {@code part} (situation, task, action, result, definition, example, key_point,
     * objective, constraints, steps, point), the candidate's own sentence when {@code fromAnswer}, else what to add.
     */
    public record OutlineItem(String part, String text, boolean fromAnswer) {
    }
}
