package org.mockinterview.scoring;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.junit.jupiter.api.Test;
import org.mockinterview.kernel.Category;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Non-answers score at most 10 and say why: a fixed test set, and properties over generated inputs. */
@Tag("scoring")
class NonAnswerTest {
    private static final String STATS = "What does a p-value tell you, and what does it not tell you?";
    private static final String BEHAVIORAL = "Tell me about a time you had to persuade a stakeholder.";
    private final AnswerAnalyzer words = new AnswerAnalyzer();

    /** answer → expected reason, on the statistics question. */
    private static final Map<String, String> STATS_SET = Map.ofEntries(
            Map.entry("", "empty"),
            Map.entry("   \n ", "empty"),
            Map.entry("p-value", "too_short"),
            Map.entry("I don't know, sorry.", "dont_know"),
            Map.entry("Honestly I'm not sure, I never really used those.", "dont_know"),
            Map.entry("Sorry, I don't think I can explain that one. I've seen it in papers, but I'd be guessing.",
                    "dont_know"),
            Map.entry("asdf jkl qwer tyui zxcv bnm hjkl", "gibberish"),
            Map.entry("sdkfj weoiru xcmvn qpwoe lkjdf mnbvc", "gibberish"),
            Map.entry("What does a p-value tell you, and what does it not tell you?", "question_repeated"),
            Map.entry("A p-value: what does it tell you and what does it not tell you.", "question_repeated"),
            Map.entry("So what does the p-value tell you? And what does it not tell you?", "question_repeated"));

    @Test
    void theNonAnswerSetScoresAtMostTenWithItsReason() {
        STATS_SET.forEach((answer, reason) -> {
            AnswerAnalysis a = words.analyze(AnalysisRequest.of(answer, STATS, Category.STATISTICS_PROBABILITY));
            assertThat(a.nonAnswer()).as(answer).isNotNull();
            assertThat(a.nonAnswer().reason()).as(answer).isEqualTo(reason);
            assertThat(a.score()).as(answer).isLessThanOrEqualTo(10);
            assertThat(a.story()).isEqualTo(StoryType.NON_ANSWER);
            assertThat(a.feedback().get(0)).as(answer).startsWith(a.nonAnswer().explanation());
            assertThat(a.rubric()).allMatch(r -> !Boolean.TRUE.equals(r.met()));
        });
    }

    @Test
    void offTopicAnswersAreFoundByMeaning() {
        AnswerAnalyzer meaning = new AnswerAnalyzer(TestVectors.miniLm());
        for (String answer : List.of(
                "Football is the best sport, and I watched the match with my friends yesterday evening.",
                "My favourite recipe is a slow-cooked tomato soup with fresh basil and a little cream.")) {
            AnswerAnalysis a = meaning.analyze(AnalysisRequest.of(answer, STATS, Category.STATISTICS_PROBABILITY));
            assertThat(a.nonAnswer()).as(answer).isNotNull();
            assertThat(a.nonAnswer().reason()).isEqualTo("off_topic");
            assertThat(a.score()).isLessThanOrEqualTo(10);
        }
        AnswerAnalysis recipe = meaning.analyze(AnalysisRequest.of("My favourite recipe is a slow-cooked tomato soup"
                + " with fresh basil and a little cream.", BEHAVIORAL, Category.BEHAVIORAL));
        assertThat(recipe.nonAnswer()).isNotNull();
        // a leisure step with no scene of work stays off topic for a behavioral question
        AnswerAnalysis match = meaning.analyze(AnalysisRequest.of("Football is the best sport, and I watched the"
                + " match with my friends yesterday evening.", BEHAVIORAL, Category.BEHAVIORAL));
        assertThat(match.nonAnswer()).isNotNull();
    }

    @Test
    void realAnswersAreNotNonAnswers() {
        AnswerAnalyzer meaning = new AnswerAnalyzer(TestVectors.miniLm());
        for (var qa : List.of(
                List.of(STATS, "It is the chance of seeing data at least this extreme if there were really no effect."
                        + " It does not tell you how likely the hypothesis is, or how big the effect is."),
                List.of("Why does correlation not imply causation?", "Sunscreen sales and shark sightings rise"
                        + " together because hot weather drives both."),
                List.of(BEHAVIORAL, "We cut our cloud bill by 30% last year."),
                // an outcome claimed alone, as a résumé line states it, is a work answer however terse
                List.of("Which achievement from your last role are you proudest of?",
                        "Lowered unbilled electricity losses from 14% to 9% across the grid."),
                List.of(STATS, "I'm not sure, but I think it is the chance of seeing results at least this extreme if"
                        + " nothing real were going on."),
                List.of(BEHAVIORAL, "I showed the sales lead a one-page cost comparison, and she agreed to pilot it."),
                // a step of the speaker's own, set at a workplace, in words the question does not use
                List.of("Tell me about a data-quality fix you are proud of.", "Sure. At the dental clinic I rewrote"
                        + " the recall reminder rule to skip planned orthodontic visits."))) {
            AnswerAnalysis a = meaning.analyze(AnalysisRequest.of(qa.get(1), qa.get(0), null));
            assertThat(a.nonAnswer()).as(qa.get(1)).isNull();
        }
    }

    @Provide
    Arbitrary<String> keyboardMash() {
        Arbitrary<String> token = Arbitraries.strings().withChars("qwrtpsdfghjklzxcvbnm").ofMinLength(3).ofMaxLength(9);
        return token.list().ofMinSize(3).ofMaxSize(15).map(l -> String.join(" ", l));
    }

    @Property(tries = 200)
    void keyboardMashIsGibberish(@ForAll("keyboardMash") String answer) {
        AnswerAnalysis a = words.analyze(AnalysisRequest.of(answer, STATS, Category.STATISTICS_PROBABILITY));
        assertThat(a.score()).isLessThanOrEqualTo(10);
        assertThat(a.nonAnswer()).isNotNull();
    }

    @Property(tries = 200)
    void theQuestionShuffledBackIsNoAnswer(@ForAll long seed, @ForAll Category category) {
        List<String> w = new ArrayList<>(List.of(STATS.replace("?", "").split(" ")));
        Collections.shuffle(w, new Random(seed));
        String answer = String.join(" ", w.subList(0, Math.max(4, w.size() - (int) Math.floorMod(seed, 3L)))) + ".";
        AnswerAnalysis a = words.analyze(AnalysisRequest.of(answer, STATS, category));
        assertThat(a.score()).isLessThanOrEqualTo(10);
        assertThat(a.nonAnswer()).isNotNull();
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> w = Arbitraries.of("I", "we", "the", "model", "p-value", "asdf", "qwrt", "don't", "know",
                "revenue", "fell", "by", "12%", "because", "tell", "what", "does", "it", "not", "you", "?", ".", ",");
        return Arbitraries.oneOf(w.list().ofMaxSize(40).map(l -> String.join(" ", l)),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Property(tries = 300)
    void everyNonAnswerScoresAtMostTenAndSaysWhy(@ForAll("anyText") String answer, @ForAll Category category) {
        AnswerAnalysis a = words.analyze(AnalysisRequest.of(answer, STATS, category));
        if (a.story() == StoryType.NON_ANSWER) {
            assertThat(a.score()).isLessThanOrEqualTo(10);
            assertThat(a.nonAnswer()).isNotNull();
            assertThat(a.nonAnswer().reason()).isNotBlank();
        }
        assertThat(a.nonAnswer() == null).isEqualTo(a.story() != StoryType.NON_ANSWER);
    }
}
