package org.mockinterview.question;

import org.mockinterview.kernel.Difficulty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The difficulty each slot of a category aims at, and how far a question's difficulty is from those aims.
 */
final class DifficultyTargets {

    private static final List<Difficulty> SPREAD = List.of(Difficulty.EASY, Difficulty.MEDIUM, Difficulty.HARD);

    private DifficultyTargets() {
    }

    /** MIXED rotates easy, medium, hard and offsets each category, so short plans still spread across levels. */
    static List<Difficulty> of(Difficulty level, int n, int categoryIndex) {
        List<Difficulty> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(level == Difficulty.MIXED ? SPREAD.get((i + categoryIndex) % SPREAD.size()) : level);
        }
        return out;
    }

    static int distance(Difficulty a, Difficulty b) {
        return Math.abs(a.ordinal() - b.ordinal());
    }

    /** The distance to the closest aim. */
    static int nearest(Difficulty d, List<Difficulty> targets) {
        return targets.stream().mapToInt(t -> distance(d, t)).min().orElse(0);
    }

    /** The aim closest to d, or null when there is none left. */
    static Difficulty closest(Difficulty d, List<Difficulty> targets) {
        return targets.stream().min(Comparator.comparingInt(t -> distance(d, t))).orElse(null);
    }
}
