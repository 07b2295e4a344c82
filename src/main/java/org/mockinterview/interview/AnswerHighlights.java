package org.mockinterview.interview;

import org.mockinterview.scoring.AnswerAnalysis;
import org.mockinterview.scoring.AnswerAnalysis.Presence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The strongest point of an answer (with the candidate's own words as evidence) and the one thing to fix.
 */
final class AnswerHighlights {

    /** What went well, the quoted sentence that shows it, and the most important fix (any may be null). */
    record Highlight(String strongestPoint, String evidence, String toFix) {
    }

    private AnswerHighlights() {
    }

    static Highlight of(AnswerAnalysis a) {
        if (a == null) {
            return new Highlight(null, null, null);
        }
        // a met rubric criterion is the category's own yardstick, so it beats the generic STAR parts
        List<String[]> candidates = new ArrayList<>();
        for (AnswerAnalysis.RubricItem r : a.rubric() == null ? List.<AnswerAnalysis.RubricItem>of() : a.rubric()) {
            if (Boolean.TRUE.equals(r.met()) && present(r.evidence())) {
                candidates.add(new String[] {human(r.criterion()), r.evidence()});
            }
        }
        add(candidates, "A measurable result", a.measurableResult());
        add(candidates, "Business impact", a.businessImpact());
        if (a.star() != null) {
            add(candidates, "A clear result", a.star().result());
            add(candidates, "Concrete actions", a.star().action());
        }
        if (a.ownership() != null && a.ownership().firstPerson() && present(a.ownership().evidence())) {
            candidates.add(new String[] {"Owning the work", a.ownership().evidence()});
        }
        String fix = a.feedback() == null || a.feedback().isEmpty() ? null : a.feedback().getFirst();
        return candidates.isEmpty() ? new Highlight(null, null, fix)
                : new Highlight(candidates.getFirst()[0], candidates.getFirst()[1].strip(), fix);
    }

    private static void add(List<String[]> out, String point, Presence p) {
        if (p != null && p.present() && present(p.evidence())) {
            out.add(new String[] {point, p.evidence()});
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** {@code explains_tradeoffs} reads as "Explains tradeoffs". */
    static String human(String id) {
        String s = id.replace('_', ' ').strip();
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
