package org.mockinterview.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.Difficulty;
import org.mockinterview.kernel.PlannedQuestion;
import org.mockinterview.kernel.Source;

/** Picks a plan's deep-dive questions: resume templates filled with the candidate's own projects, jobs or sentences. */
final class DeepDivePicker {

    private final ProjectTemplates templates;
    private final String generator;

    DeepDivePicker(ProjectTemplates templates, String generator) {
        this.templates = templates;
        this.generator = generator;
    }

    /** Up to one deep-dive per category (two from four questions up), unasked and unquoted ones first. */
    List<PlannedQuestion> pick(Category category, int k, int n, Difficulty level,
            List<Difficulty> targets, CandidateQuery query, HistoryIndex past, Set<String> usedTexts,
            Set<String> quoted) {
        List<PlannedQuestion> out = new ArrayList<>();
        if (!query.hasResumeEntries()) {
            return out;
        }
        List<ProjectTemplates.Filled> fills = templates.fill(category, query.subjectsFor(category, k));
        Set<String> usedTemplateIds = new HashSet<>();
        int wanted = Math.min(n, n >= 4 ? 2 : 1);
        while (out.size() < wanted) {
            ProjectTemplates.Filled best = null;
            double[] bestKey = null;
            for (int i = 0; i < fills.size(); i++) {
                ProjectTemplates.Filled f = fills.get(i);
                String norm = QuestionTexts.normalize(f.text());
                if (usedTexts.contains(norm) || usedTemplateIds.contains(f.template().id())) {
                    continue;
                }
                // Unasked first, then least recent; then a statement not yet quoted in this plan; then difficulty
                // fit; then subject rotation and template id.
                boolean requoted = isWork(f) && quoted.contains(f.projectRef());
                double[] key = {past.recency(null, norm), requoted ? 1 : 0,
                        level == Difficulty.MIXED ? 0 : DifficultyTargets.nearest(f.template().difficulty(), targets),
                        i};
                if (bestKey == null || compare(key, bestKey) < 0) {
                    best = f;
                    bestKey = key;
                }
            }
            if (best == null) {
                break;
            }
            targets.remove(DifficultyTargets.closest(best.template().difficulty(), targets));
            usedTexts.add(QuestionTexts.normalize(best.text()));
            usedTemplateIds.add(best.template().id());
            if (isWork(best)) {
                quoted.add(best.projectRef());
            }
            String rationale = (isWork(best) ? "Deep-dive on what your resume says: \u201c" + best.projectRef() + "\u201d"
                    : "Deep-dive on " + best.projectRef() + " from your resume")
                    + (bestKey[0] >= 0 ? "; asked before, reused because every deep-dive for this resume was used."
                            : ".");
            out.add(new PlannedQuestion(category, best.text(), Source.TEMPLATE, best.projectRef(), null, generator,
                    rationale, best.template().keyPoints(), best.template().difficulty()));
        }
        return out;
    }

    private static boolean isWork(ProjectTemplates.Filled f) {
        return f.template().subject().equals(ResumeSubject.WORK);
    }

    private static int compare(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Double.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
