package org.mockinterview.prep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Spreads the week's hours over the plan's days and a day's minutes over its items. Pure.
 */
final class MinuteBudget {

    /** The last day is logistics and a light review, so it gets half a day's share. */
    static final double LAST_DAY_SHARE = 0.5;
    /** Fewer minutes than this is not worth an item of its own. */
    static final int MIN_ITEM_MINUTES = 10;

    private MinuteBudget() {
    }

    /** The budget the issue defines: hoursPerWeek × days / 7, in minutes. */
    static double total(int hoursPerWeek, int days) {
        return hoursPerWeek * 60.0 * days / 7;
    }

    /** Each day's minutes; they add up to {@link #total}. */
    static double[] perDay(int hoursPerWeek, int days) {
        double shares = days == 1 ? 1 : days - 1 + LAST_DAY_SHARE;
        double[] out = new double[days];
        for (int d = 0; d < days; d++) {
            double share = days > 1 && d == days - 1 ? LAST_DAY_SHARE : 1;
            out[d] = total(hoursPerWeek, days) * share / shares;
        }
        return out;
    }

    /** How many items a day's minutes hold. */
    static int capacity(double minutes) {
        return Math.max(1, (int) (minutes / MIN_ITEM_MINUTES));
    }

    /**
     * Whole minutes per item in proportion to the weights, each at least one unit; the sum is the day's minutes
     * rounded to the unit (five minutes once the day is long enough for round figures).
     */
    static int[] split(double minutes, int[] weights) {
        if (weights.length == 0) {
            return new int[0];
        }
        int unit = minutes >= 40 ? 5 : 1;
        int units = Math.max(weights.length, (int) Math.round(minutes / unit));
        int[] out = new int[weights.length];
        int weightSum = 0;
        for (int w : weights) {
            weightSum += w;
        }
        int spare = units - weights.length;
        int given = 0;
        List<double[]> remainders = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            double exact = (double) spare * weights[i] / weightSum;
            out[i] = 1 + (int) exact;
            given += (int) exact;
            remainders.add(new double[] {exact - (int) exact, i});
        }
        // largest remainder first, ties to the earlier (more important) item, so the result is deterministic
        remainders.sort(Comparator.<double[]>comparingDouble(r -> -r[0]).thenComparingDouble(r -> r[1]));
        for (int k = 0; k < spare - given; k++) {
            out[(int) remainders.get(k)[1]]++;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] *= unit;
        }
        return out;
    }
}
