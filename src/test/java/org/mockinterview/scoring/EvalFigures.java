package org.mockinterview.scoring;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * Balanced accuracy per label, computed exactly as ../shared/eval/score_star.py and score_rubric.py do (a missing
 * prediction counts as false; null truth is skipped), plus the reproducible two-fold split of docs/QUALITY.md.
 */
final class EvalFigures {
    private final Map<String, int[]> counts = new LinkedHashMap<>(); // tp fp fn tn

    void add(String label, Boolean truth, boolean predicted) {
        if (truth == null) {
            return;
        }
        int[] c = counts.computeIfAbsent(label, k -> new int[4]);
        c[truth && predicted ? 0 : predicted ? 1 : truth ? 2 : 3]++;
    }

    Map<String, Double> balancedAccuracy() {
        Map<String, Double> out = new LinkedHashMap<>();
        counts.forEach((k, c) -> {
            double tpr = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            double tnr = c[3] + c[1] == 0 ? 0 : (double) c[3] / (c[3] + c[1]);
            out.put(k, Math.round((tpr + tnr) / 2 * 1000) / 1000.0);
        });
        return out;
    }

    double mean(String... labels) {
        Map<String, Double> ba = balancedAccuracy();
        double sum = 0;
        int n = 0;
        for (String k : labels.length == 0 ? ba.keySet().toArray(String[]::new) : labels) {
            if (ba.containsKey(k)) {
                sum += ba.get(k);
                n++;
            }
        }
        return n == 0 ? 0 : Math.round(sum / n * 1000) / 1000.0;
    }

    double min() {
        return balancedAccuracy().values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    /** Fold "A" when crc32(id) is even (Python: zlib.crc32(id.encode()) % 2 == 0), else "B". */
    static String fold(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0 ? "A" : "B";
    }

    /** Subset spec as in scripts/score-answers.py: all, new, old, A, B, joined with '+'. */
    static boolean keep(String id, String subset) {
        for (String part : subset.split("\\+")) {
            boolean ok = switch (part) {
                case "all" -> true;
                case "new" -> id.startsWith("n-");
                case "old" -> !id.startsWith("n-");
                default -> fold(id).equals(part);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
