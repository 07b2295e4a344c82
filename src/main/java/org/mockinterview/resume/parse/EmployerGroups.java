package org.mockinterview.resume.parse;

import java.util.ArrayList;
import java.util.List;

import org.mockinterview.resume.profile.ResumeProfile.Experience;

/**
 * Roles printed under one employer line ("Northgate Mutual ‖ Leeds", a sentence about the company, then each
 * title with its dates): the employer line is no role of its own, and each role under it is at that employer.
 */
final class EmployerGroups {

    // a company blurb is a sentence or two; a role's bullets run longer
    private static final int MAX_BLURB = 2;

    private EmployerGroups() {
    }

    /** The roles, those under an employer line joined to it; each role so joined is added to {@code grouped}. */
    static List<Experience> apply(List<Experience> roles, java.util.Set<Experience> grouped) {
        List<Experience> out = new ArrayList<>();
        Experience employer = null;
        for (int i = 0; i < roles.size(); i++) {
            Experience e = roles.get(i);
            if (isEmployerLine(e) && i + 1 < roles.size() && roles.get(i + 1).dates() != null
                    && !isEmployerLine(roles.get(i + 1))) {
                employer = e;
                continue;
            }
            if (isEmployerAndPlace(e) && i + 1 < roles.size() && roles.get(i + 1).dates() != null
                    && roles.get(i + 1).organization() == null && TitleLexicon.titleScore(roles.get(i + 1).title()) > 0) {
                // "Harrow Mills Ltd, Leeds ‖ 2019 – 2021" over titled roles: the employer as printed, the
                // part with the company's words before its town
                boolean companyLast = TitleLexicon.titleScore(e.organization()) < TitleLexicon.titleScore(e.title());
                String name = companyLast ? e.organization() + ", " + e.title() : e.title() + ", " + e.organization();
                employer = new Experience(name, null, e.location(), e.dates(), e.highlights(), e.technologies(),
                        e.metrics(), null);
                continue;
            }
            if (employer != null && e.dates() != null && TitleLexicon.titleScore(e.title()) > 0) {
                // under an employer line, "Senior Analyst, Claims Team" names the team, not the employer
                String title = e.organization() == null ? e.title() : e.title() + ", " + e.organization();
                e = EntryConfidence.of(new Experience(title, employer.title(),
                        e.location() != null ? e.location() : employer.location(), e.dates(), e.highlights(),
                        e.technologies(), e.metrics(), null));
                grouped.add(e);
            } else {
                employer = null;
            }
            out.add(e);
        }
        return out;
    }

    /** An entry read as two parts neither of which names a job ("Harrow Mills Ltd" and "Leeds"), no text. */
    private static boolean isEmployerAndPlace(Experience e) {
        return e.organization() != null && e.title() != null && e.highlights().isEmpty()
                && TitleLexicon.titleScore(e.title()) <= 0 && TitleLexicon.titleScore(e.organization()) <= 0;
    }

    /**
     * An entry that names only an organisation: no second part, no job title, a blurb at most. It may carry the
     * whole stay's dates ("株式会社サンプル (2019年4月〜現在)") when its roles carry their own.
     */
    private static boolean isEmployerLine(Experience e) {
        // "Designed the pricing framework used by …": a bullet read as an entry names what was done, not a company
        return e.organization() == null && e.title() != null && !Sentences.opensWithPastTense(e.title())
                && TitleLexicon.titleScore(e.title()) <= 0 && e.highlights().size() <= MAX_BLURB;
    }
}
