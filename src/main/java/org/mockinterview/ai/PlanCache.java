package org.mockinterview.ai;

import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;
import org.mockinterview.platform.Sha256;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bounded in-memory LRU of generated questions per resume, job description, settings, model and prompt version.
 * It holds what the model produced, not the final plan, so the caller's history filter still applies after a hit.
 */
public final class PlanCache {

    /**
     * Everything the model's output depends on; history is deliberately absent. {@code resume} hashes the resume's
     * file hash together with the profile as the model sees it, so a corrected profile is a new key.
     */
    public record Key(String resume, String jobDescription, List<Category> categories, int perCategory,
            Difficulty difficulty, String model, String promptVersion) {
    }

    private final Map<Key, Map<Category, List<GeneratedQuestion>>> entries;

    public PlanCache(int maxEntries) {
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Map<Category, List<GeneratedQuestion>>> eldest) {
                return size() > maxEntries;
            }
        };
    }

    public synchronized Optional<Map<Category, List<GeneratedQuestion>>> get(Key key) {
        return Optional.ofNullable(entries.get(key));
    }

    public synchronized void put(Key key, Map<Category, List<GeneratedQuestion>> questions) {
        entries.put(key, Map.copyOf(questions));
    }

    public synchronized int size() {
        return entries.size();
    }

    public synchronized void clear() {
        entries.clear();
    }

    /** The key part of a text: surrounding white space and null do not make another plan. */
    public static String sha256(String text) {
        return Sha256.hex(text == null ? "" : text.strip());
    }
}
