package org.mockinterview.ai;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import jakarta.enterprise.context.ApplicationScoped;
import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;
import org.mockinterview.platform.Sha256;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Generated questions per resume, job description, settings, model and prompt version, in the quarkus-cache
 * {@value #NAME} (its size is in application.properties). It holds what the model produced, not the final plan, so
 * the caller's history filter still applies after a hit. Programmatic rather than {@code @CacheResult}: only a
 * complete, valid reply is stored, and a plan the model partly failed is asked again next time.
 */
@ApplicationScoped
public class PlanCache {

    static final String NAME = "llm-plans";

    /**
     * Everything the model's output depends on; history is deliberately absent. {@code resume} hashes the resume's
     * file hash together with the profile as the model sees it, so a corrected profile is a new key.
     */
    public record Key(String resume, String jobDescription, List<Category> categories, int perCategory,
            Difficulty difficulty, String model, String promptVersion) {
    }

    private final CaffeineCache cache;

    PlanCache(@CacheName(NAME) Cache cache) {
        this.cache = cache.as(CaffeineCache.class);
    }

    public Optional<Map<Category, List<GeneratedQuestion>>> get(Key key) {
        CompletableFuture<Map<Category, List<GeneratedQuestion>>> hit = cache.getIfPresent(key);
        return hit == null ? Optional.empty() : Optional.of(hit.join());
    }

    public void put(Key key, Map<Category, List<GeneratedQuestion>> questions) {
        cache.put(key, CompletableFuture.completedFuture(Map.copyOf(questions)));
    }

    public void clear() {
        cache.invalidateAll().await().indefinitely();
    }

    /** The key part of a text: surrounding white space and null do not make another plan. */
    public static String sha256(String text) {
        return Sha256.hex(text == null ? "" : text.strip());
    }
}
