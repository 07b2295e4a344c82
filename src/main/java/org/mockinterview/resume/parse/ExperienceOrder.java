package org.mockinterview.resume.parse;

import org.mockinterview.resume.profile.ResumeProfile.Experience;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides, for a whole section, whether entries print the title or the organisation first: one layout serves
 * every entry of a section, so the words of all entries vote, and a single entry overrides only on strong evidence.
 */
final class ExperienceOrder {

    private ExperienceOrder() {
    }

    static List<Experience> orient(List<Experience> entries) {
        return orient(entries, java.util.Set.of());
    }

    /**
     * Orients the entries by the votes of all but {@code placed}: roles whose order was decided already stay.
     * {@code placed} must be an identity set: equal records of two roles are still two roles.
     */
    static List<Experience> orient(List<Experience> entries, java.util.Set<Experience> placed) {
        int vote = 0;
        for (Experience e : entries) {
            if (e.organization() != null && !placed.contains(e)) {
                vote += Integer.signum(TitleLexicon.titleScore(e.title()) - TitleLexicon.titleScore(e.organization()));
            }
        }
        List<Experience> out = new ArrayList<>(entries.size());
        for (Experience e : entries) {
            int own = e.organization() == null ? 0
                    : TitleLexicon.titleScore(e.title()) - TitleLexicon.titleScore(e.organization());
            boolean swap = vote < 0 ? own < 2 : vote > 0 ? own <= -2 : own < 0;
            out.add(swap && e.organization() != null && !placed.contains(e)
                    ? EntryConfidence.of(new Experience(e.organization(), e.title(), e.location(), e.dates(),
                            e.highlights(), e.technologies(), e.metrics(), null))
                    : e);
        }
        return out;
    }
}
