package org.mockinterview.interview;

import org.mockinterview.interview.AttemptResult.CriterionChange;
import org.mockinterview.interview.AttemptResult.Delta;
import org.mockinterview.scoring.AnswerAnalysis;
import org.mockinterview.scoring.AnswerAnalysis.Presence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed between two analyses of the same question: the score and every verdict that flipped. Pure.
 */
public final class AttemptDelta {

    private AttemptDelta() {
    }

    public static Delta between(AnswerAnalysis before, AnswerAnalysis after) {
        Map<String, Boolean> a = verdicts(before);
        Map<String, Boolean> b = verdicts(after);
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        List<CriterionChange> changed = new ArrayList<>();
        for (String k : keys) {
            Boolean was = a.get(k);
            Boolean is = b.get(k);
            if (!Objects.equals(was, is)) {
                changed.add(new CriterionChange(k, was, is));
            }
        }
        return new Delta(after.score() - before.score(), List.copyOf(changed));
    }

    /** Every judged item of an analysis by a stable name; a part that does not apply is null. */
    static Map<String, Boolean> verdicts(AnswerAnalysis analysis) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        if (analysis.rubric() != null) {
            for (AnswerAnalysis.RubricItem r : analysis.rubric()) {
                out.put(r.criterion(), r.met());
            }
        }
        if (analysis.star() != null) {
            out.put("star.situation", present(analysis.star().situation()));
            out.put("star.task", present(analysis.star().task()));
            out.put("star.action", present(analysis.star().action()));
            out.put("star.result", present(analysis.star().result()));
        }
        out.put("measurable_result", present(analysis.measurableResult()));
        out.put("business_impact", present(analysis.businessImpact()));
        if (analysis.keyPoints() != null) {
            for (AnswerAnalysis.KeyPointCoverage k : analysis.keyPoints()) {
                out.put("key_point: " + k.point(), k.covered());
            }
        }
        return out;
    }

    private static Boolean present(Presence p) {
        return p == null || !p.applies() ? null : p.present();
    }
}
