package org.mockinterview.scoring;

import org.mockinterview.kernel.Words;
import java.util.List;

/** One answer split once into the units every rule needs, so no rule re-parses the text. */
record ParsedAnswer(String text, String lower, String question, String questionLower, List<Segment> sentences,
                    List<Segment> clauses, List<String> words) {

    static ParsedAnswer parse(String answer, String question) {
        String text = answer == null ? "" : answer;
        List<Segment> sentences = TextSplitter.sentences(text);
        String q = question == null ? "" : question;
        String lower = Segment.normalise(text);
        return new ParsedAnswer(text, lower, q, Segment.normalise(q), sentences,
                TextSplitter.clauses(text, sentences), Words.of(lower));
    }
}
