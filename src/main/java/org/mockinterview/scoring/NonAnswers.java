package org.mockinterview.scoring;

import org.mockinterview.kernel.Words;
import org.mockinterview.scoring.AnswerAnalysis.NonAnswer;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Recognises answers that are no answer: empty, too short, "I don't know", keyboard gibberish, the question read
 * back, or text about something else. Such answers score at most 10, with the reason.
 */
final class NonAnswers {
    /**
     * Below this cosine (MiniLM, {@link #similarity}) an answer that shares no content word with the question is off
     * topic: the highest cut that leaves every on-topic dev answer of fold A above it (OffTopicCalibration).
     */
    static final double OFF_TOPIC_SIMILARITY = 0.14;
    private static final Set<String> FUNCTION = Set.of("the", "a", "an", "is", "are", "was", "were", "of", "to", "and",
            "in", "it", "that", "this", "for", "on", "with", "as", "be", "by", "or", "i", "we", "you", "they", "my",
            "our", "not", "but", "if", "so", "can", "have", "has", "had", "do", "does", "did", "at", "from", "which",
            "what", "when", "how", "more", "one", "all", "there", "their", "would", "will", "then", "than");

    /** Sentences compared one by one: an answer's opening shows its topic, and each embedding costs 4-5 ms. */
    private static final int MAX_SENTENCES = 4;
    private static final String WORK_STORY = "A story from my job: a project, my team, a customer or a problem at"
            + " work, what I did about it and how it turned out.";

    private NonAnswers() {
    }

    static NonAnswer detect(ParsedAnswer a, SentenceVectors vectors, boolean behavioral) {
        List<String> words = a.words();
        if (words.isEmpty()) {
            return new NonAnswer("empty", "There is no answer to assess.");
        }
        if (words.size() < 4) {
            return new NonAnswer("too_short", "The answer is too short to assess: a few words cannot show what you know.");
        }
        if (words.size() < 40 && dontKnow(a)) {
            return new NonAnswer("dont_know", "The answer says you do not know or have no example, so there is nothing"
                    + " to assess.");
        }
        if (gibberish(Words.of(a.text()))) {
            return new NonAnswer("gibberish", "The answer is not readable text.");
        }
        Set<String> question = contentStems(Words.of(a.questionLower()));
        Set<String> answer = contentStems(words);
        if (!question.isEmpty() && repeatsQuestion(answer, question)) {
            return new NonAnswer("question_repeated", "The answer only repeats the question and adds nothing to it.");
        }
        if (!question.isEmpty() && offTopic(a, answer, question, vectors, behavioral)) {
            return new NonAnswer("off_topic", "The answer is about something other than the question.");
        }
        return null;
    }

    /**
     * "I don't know" with nothing after it. A hedge followed by an attempt ("I'm not sure, but I think it is the
     * chance of…", six or more words of its own beyond the question's) is an answer, however unsure.
     */
    private static boolean dontKnow(ParsedAnswer a) {
        var m = Cues.DONT_KNOW.matcher(a.lower());
        if (!m.find()) {
            return false;
        }
        String after = a.lower().substring(m.end());
        var attempt = ATTEMPT.matcher(after);
        if (!attempt.find()) {
            return true;
        }
        Set<String> own = contentStems(Words.of(after.substring(attempt.end())));
        own.removeAll(contentStems(Words.of(a.questionLower())));
        return own.size() < 6;
    }

    private static final java.util.regex.Pattern ATTEMPT = java.util.regex.Pattern.compile(
            "\\b(but|though|however|maybe|i think|i guess|i believe|probably|my guess|if i had to guess)\\b");

    /**
     * Keyboard mash: among the all-lower-case alphabetic tokens of three letters or more (names, acronyms and numbers
     * are not judged), fewer than a third are readable English words; without the vocabulary, fewer than half are
     * word-like (a vowel, no long consonant run, no key held down).
     */
    static boolean gibberish(List<String> tokens) {
        int judged = 0;
        int english = 0;
        int wordLike = 0;
        for (String w : tokens) {
            if (w.length() < 3 || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                continue;
            }
            judged++;
            boolean readable = wordLike(w);
            wordLike += readable ? 1 : 0;
            // "www" and "mgm" are in the vocabulary as names, not as words anyone would answer with
            english += readable && Vocabulary.available() && Vocabulary.known(w) ? 1 : 0;
        }
        if (judged < 3 || judged * 2 < tokens.size()) {
            return false; // mostly names, acronyms, numbers or another script: not judged here
        }
        return Vocabulary.available() ? english * 3 < judged : wordLike * 2 < judged;
    }

    private static boolean wordLike(String w) {
        if (!w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return true; // accents and other scripts are not judged
        }
        boolean vowel = false;
        int consonantRun = 0;
        int sameRun = 1;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean isVowel = "aeiouy".indexOf(c) >= 0;
            vowel |= isVowel;
            consonantRun = isVowel ? 0 : consonantRun + 1;
            sameRun = i > 0 && w.charAt(i - 1) == c ? sameRun + 1 : 1;
            if (consonantRun >= 5 || sameRun >= 3) {
                return false;
            }
        }
        return vowel || w.length() <= 2;
    }

    /** Nearly every content word comes from the question, and the answer adds at most two of its own. */
    private static boolean repeatsQuestion(Set<String> answer, Set<String> question) {
        int own = 0;
        for (String s : answer) {
            own += question.contains(s) ? 0 : 1;
        }
        return own == 0 && !answer.isEmpty() || own <= 2 && own * 5 <= answer.size();
    }

    private static boolean offTopic(ParsedAnswer a, Set<String> answer, Set<String> question, SentenceVectors vectors,
                                    boolean behavioral) {
        for (String s : answer) {
            if (question.contains(s)) {
                return false;
            }
        }
        if (behavioral && (a.clauses().stream().anyMatch(ResultClauses::measuredOutcome) || framedStep(a))) {
            // "Lowered unbilled losses from 14% to 9%": an achievement claimed alone, as a résumé line; "At the
            // depot I rewrote the shift rota": a step of the speaker's own, set somewhere, in words the question did
            // not use
            return false;
        }
        OptionalDouble similarity = similarity(a, vectors, behavioral);
        if (similarity.isPresent()) {
            return similarity.getAsDouble() < OFF_TOPIC_SIMILARITY;
        }
        // words alone cannot tell: an answer about two seasonal trends may share no word with a question about
        // causation and still answer it
        return false;
    }

    /** A clause sets the scene ("At the depot", "In my last role") and the speaker takes a step of their own. */
    private static boolean framedStep(ParsedAnswer a) {
        return a.clauses().stream().anyMatch(c -> Cues.FRAME.matcher(c.lower()).find())
                && a.clauses().stream().anyMatch(c -> ActionFinder.find(c, false, false) == ActionFinder.Actor.FIRST_PERSON);
    }

    /**
     * The answer's closest cosine to the question, and for a behavioral question to a story about work (those
     * questions are broad: "your last project"), taken over the whole answer and each of its first sentences: a
     * long answer's details drown its topic in one vector. Empty without a model.
     */
    static OptionalDouble similarity(ParsedAnswer a, SentenceVectors vectors, boolean behavioral) {
        List<String> texts = new java.util.ArrayList<>(List.of(a.text()));
        // the opening sentences with content; a filler before them ("Sure.", "Great question.") takes no place
        Sentences.content(a.sentences(), Concept.from(a.questionLower())).stream().limit(MAX_SENTENCES)
                .map(Segment::text).forEach(texts::add);
        var v = vectors.embed(List.of(a.question(), WORK_STORY), texts);
        if (v.isEmpty()) {
            return OptionalDouble.empty();
        }
        double best = -1;
        for (float[] t : v.get().subList(2, v.get().size())) {
            best = Math.max(best, SentenceVectors.cosine(v.get().get(0), t));
            best = behavioral ? Math.max(best, SentenceVectors.cosine(v.get().get(1), t)) : best;
        }
        return OptionalDouble.of(best);
    }

    static Set<String> contentStems(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            if (w.length() > 2 && !FUNCTION.contains(w) && !KeyPoints.STOP.contains(w)) {
                out.add(KeyPoints.key(w));
            }
        }
        return out;
    }
}
