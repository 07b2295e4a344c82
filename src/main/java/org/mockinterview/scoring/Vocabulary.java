package org.mockinterview.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * English whole words, taken from the vocabulary of the MiniLM tokenizer already on the class path (about 22,000
 * lower-case words), to tell text from keyboard gibberish. Empty when the tokenizer cannot be read.
 */
final class Vocabulary {
    private static final String[] PREFIXES = {"over", "under", "un", "re", "pre", "non", "semi", "self", "multi", "mis",
            "sub", "super", "hyper", "de", "dis"};
    private static final String[] SUFFIXES = {"s", "es", "ed", "d", "ing", "ly", "er", "ers", "ness", "tion", "ation"};

    private Vocabulary() {
    }

    private static final class Holder {
        static final Set<String> WORDS = load();
    }

    static boolean available() {
        return !Holder.WORDS.isEmpty();
    }

    /** Whether a lower-case word is English: known as is, or after one common prefix and/or suffix. */
    static boolean known(String w) {
        Set<String> words = Holder.WORDS;
        if (words.contains(w) || words.contains(stripSuffix(w, words))) {
            return true;
        }
        for (String p : PREFIXES) {
            if (w.length() > p.length() + 2 && w.startsWith(p)) {
                String rest = w.substring(p.length());
                if (words.contains(rest) || words.contains(stripSuffix(rest, words))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String stripSuffix(String w, Set<String> words) {
        for (String s : SUFFIXES) {
            if (w.length() > s.length() + 2 && w.endsWith(s)) {
                String stem = w.substring(0, w.length() - s.length());
                if (words.contains(stem)) {
                    return stem;
                }
                if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                        && words.contains(stem.substring(0, stem.length() - 1))) {
                    return stem.substring(0, stem.length() - 1); // "fitting" → "fit"
                }
            }
        }
        return w;
    }

    private static Set<String> load() {
        try (InputStream in = AllMiniLmL6V2EmbeddingModel.class.getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
            if (in == null) {
                return Set.of();
            }
            JsonNode vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
            Set<String> out = new HashSet<>();
            for (Iterator<String> it = vocab.fieldNames(); it.hasNext(); ) {
                String w = it.next();
                if (w.length() > 1 && w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                    out.add(w);
                }
            }
            return Set.copyOf(out);
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }
}
