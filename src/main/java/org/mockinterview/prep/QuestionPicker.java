package org.mockinterview.prep;

import org.mockinterview.kernel.Category;
import org.mockinterview.question.BankQuestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Hands out bank questions per category, easy before hard, each at most once in a plan.
 */
final class QuestionPicker {

    private final Map<Category, List<BankQuestion>> left = new EnumMap<>(Category.class);
    private final List<String> taken = new ArrayList<>();

    QuestionPicker(List<BankQuestion> bank) {
        for (Category c : Category.values()) {
            left.put(c, new ArrayList<>(bank.stream().filter(q -> q.category() == c)
                    .sorted(Comparator.comparing(BankQuestion::difficulty).thenComparing(BankQuestion::id)).toList()));
        }
    }

    boolean has(Category category) {
        return !left.get(category).isEmpty();
    }

    /** The category with the most questions left, for a drill whose own category the plan has used up. */
    java.util.Optional<Category> fullest() {
        return left.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .max(Comparator.<Map.Entry<Category, List<BankQuestion>>>comparingInt(e -> e.getValue().size())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }

    /** Up to {@code count} unused questions of the category; fewer when the bank runs out. */
    List<String> take(Category category, int count) {
        List<BankQuestion> pool = left.get(category);
        List<String> out = new ArrayList<>();
        while (out.size() < count && !pool.isEmpty()) {
            out.add(pool.remove(0).id());
        }
        taken.addAll(out);
        return out;
    }

    /** Questions already handed out, oldest first, for a last look on the final day. */
    List<String> taken() {
        return List.copyOf(taken);
    }
}
