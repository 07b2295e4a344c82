package org.mockinterview.question;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mockinterview.kernel.Category;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The curated interview question bank, loaded from {@code question-bank/<category>.json} on the class path
 * and validated in full at construction.
 */
public final class QuestionBank {

    public static final String DEFAULT_ROOT = "question-bank";

    /** Behavioral themes an entry may carry; a closed list so a typo fails loudly instead of silently missing a theme. */
    public static final Set<String> KNOWN_THEMES = Set.of(
            "technical_disagreement", "failed_model", "messy_data", "non_technical_stakeholder",
            "accuracy_vs_interpretability", "deadline_pressure", "ownership", "mentoring",
            "ambiguity", "collaboration", "ethics");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String version;
    private final Map<Category, List<BankQuestion>> byCategory;
    private final Map<String, BankQuestion> byId;
    private final Map<String, String> idByText;
    private final List<BankQuestion> all;

    /** Loads the bank shipped with the service. */
    public QuestionBank() {
        this(DEFAULT_ROOT);
    }

    /**
     * Loads a bank from another class-path folder (tests use this for broken fixtures).
     *
     * @throws IllegalStateException naming the file and entry when anything is missing or invalid
     */
    public QuestionBank(String resourceRoot) {
        this.version = readVersion(resourceRoot);
        Map<Category, List<BankQuestion>> categories = new EnumMap<>(Category.class);
        Map<String, BankQuestion> ids = new LinkedHashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (Category category : Category.values()) {
            String file = resourceRoot + "/" + category.wire() + ".json";
            JsonNode array = readJson(file);
            if (!array.isArray() || array.isEmpty()) {
                throw new IllegalStateException(file + ": expected a non-empty JSON array of questions");
            }
            List<BankQuestion> questions = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                BankQuestion q = BankEntryParser.parse(array.get(i), category, file, i);
                if (ids.putIfAbsent(q.id(), q) != null) {
                    throw new IllegalStateException(file + " entry #" + i + " (id " + q.id() + "): duplicate id");
                }
                String previous = texts.putIfAbsent(QuestionTexts.normalize(q.text()), q.id());
                if (previous != null) {
                    throw new IllegalStateException(file + " entry #" + i + " (id " + q.id()
                            + "): same text as " + previous);
                }
                questions.add(q);
            }
            // Id order gives the planner a stable tie-break regardless of file order.
            questions.sort(Comparator.comparing(BankQuestion::id));
            categories.put(category, List.copyOf(questions));
        }
        this.byCategory = Collections.unmodifiableMap(categories);
        this.byId = Collections.unmodifiableMap(ids);
        this.idByText = Map.copyOf(texts);
        this.all = categories.values().stream().flatMap(List::stream).toList();
    }

    /** The bank's content version, e.g. {@code 2026.11}, recorded in each planned question's generator. */
    public String version() {
        return version;
    }

    /** Every question, grouped by category in enum order and sorted by id within a category. */
    public List<BankQuestion> all() {
        return all;
    }

    /** The questions of one category, sorted by id. */
    public List<BankQuestion> byCategory(Category category) {
        return byCategory.getOrDefault(category, List.of());
    }

    public Optional<BankQuestion> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The bank question with this text, in any rendering {@link QuestionTexts#normalize} equates. */
    public Optional<BankQuestion> byText(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(idByText.get(QuestionTexts.normalize(text)))
                .map(byId::get);
    }

    public int size() {
        return all.size();
    }

    private static String readVersion(String root) {
        String file = root + "/VERSION";
        try (InputStream in = open(file)) {
            String v = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            if (v.isEmpty()) {
                throw new IllegalStateException(file + ": empty version");
            }
            return v;
        } catch (IOException e) {
            throw new IllegalStateException(file + ": cannot read", e);
        }
    }

    static JsonNode readJson(String file) {
        try (InputStream in = open(file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(file + ": not valid JSON: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String file) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        InputStream in = loader == null ? null : loader.getResourceAsStream(file);
        if (in == null) {
            in = QuestionBank.class.getClassLoader().getResourceAsStream(file);
        }
        if (in == null) {
            throw new IllegalStateException(file + ": not found on the class path");
        }
        return in;
    }
}
