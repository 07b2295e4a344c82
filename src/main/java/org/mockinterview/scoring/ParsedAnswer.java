package org.mockinterview.scoring;

import org.mockinterview.kernel.Words;
import java.util.List;
import java.util.Optional;

/**
 * One answer split once into the units every rule needs, so no rule re-parses the text; the known wrong claim it
 * asserts, if any, is scanned once here too, since the definition, example and confound rules and the feedback all ask.
 */
record ParsedAnswer(String text, String lower, String question, String questionLower, List<Segment> sentences,
                    List<Segment> clauses, List<String> words, Optional<Misconceptions.Found> misconception) {

    static ParsedAnswer parse(String answer, String question) {
        String text = answer == null ? "" : answer;
        List<Segment> sentences = TextSplitter.sentences(text);
        String q = question == null ? "" : question;
        String lower = Segment.normalise(text);
        String questionLower = Segment.normalise(q);
        return new ParsedAnswer(text, lower, q, questionLower, sentences, HabitualPast.mark(TextSplitter.clauses(text, sentences)),
                Words.of(lower), Misconceptions.locate(lower, questionLower));
    }
}
