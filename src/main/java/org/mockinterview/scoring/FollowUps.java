package org.mockinterview.scoring;

import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnswerAnalysis.FollowUp;
import org.mockinterview.scoring.AnswerAnalysis.KeyPointCoverage;
import org.mockinterview.scoring.AnswerAnalysis.Presence;
import org.mockinterview.scoring.AnswerAnalysis.RubricItem;

import java.util.List;
import java.util.Map;

/**
 * The one follow-up an interviewer would ask next: aimed at the answer's most important gap and naming it (the
 * missing key point, confound, business tie or result of that story), quoting the candidate where that helps.
 * None when nothing important is missing.
 */
final class FollowUps {
    /** Criteria that are the point of their question come before a missing key point; the others after it. */
    private static final List<String> CORE = List.of("definition_first", "confound_mentioned",
            "metric_tied_to_business", "clarifies_objective_first");
    private static final Map<String, String> CRITERION_QUESTIONS = Map.of(
            "definition_first", "In one sentence, what is %s exactly: what is it, and what sets it apart?",
            "confound_mentioned", "What concrete third variable could drive both of these at once, and how would you"
                    + " rule it out before calling it causal?",
            "metric_tied_to_business", "Which mistake costs more here, a false positive or a false negative? Put a"
                    + " cost on each, and say which metric or threshold that leads you to.",
            "clarifies_objective_first", "Before any model: what business outcome is this for, and which number"
                    + " would tell you it worked?",
            "concrete_example", "Can you make %s concrete with one real case: a named dataset or product, or small"
                    + " numbers worked through?",
            "plain_language", "How would you say what %s means to a product manager, in everyday words and without"
                    + " the technical terms?",
            "names_constraints", "What are the operating limits here (latency budget, data volume, label delay or"
                    + " cost), and how would each change your design?",
            "structured_steps", "In what order would you do this? Take me through the steps from first to last.");

    private FollowUps() {
    }

    static FollowUp choose(Category category, StarFindings f, List<RubricItem> rubric,
                           List<KeyPointCoverage> keyPoints, String concept) {
        if (f.story() == StoryType.NON_ANSWER) {
            return new FollowUp("answer", "Take a moment and try again: what do you know about this, even partly?");
        }
        if (category == Category.BEHAVIORAL || f.star().action().applies()) {
            FollowUp story = story(f);
            if (story != null || category == Category.BEHAVIORAL) {
                return story;
            }
        }
        for (String code : CORE) {
            RubricItem r = failed(rubric, code);
            if (r != null) {
                return criterion(code, concept);
            }
        }
        if (keyPoints != null) {
            for (KeyPointCoverage k : keyPoints) {
                if (!k.covered()) {
                    return new FollowUp("key_point", "You have not touched on this yet: " + trimStop(k.point())
                            + ". How does it fit into your answer?");
                }
            }
        }
        for (RubricItem r : rubric) {
            if (Boolean.FALSE.equals(r.met()) && CRITERION_QUESTIONS.containsKey(r.criterion())) {
                return criterion(r.criterion(), concept);
            }
        }
        return null;
    }

    private static FollowUp story(StarFindings f) {
        var s = f.star();
        if (f.story() == StoryType.HYPOTHETICAL || f.story() == StoryType.GENERIC) {
            return new FollowUp("specific_example", "That is what you would do in general. Tell me about one time it"
                    + " actually happened: where were you, and what did you do?");
        }
        if (!s.action().present()) {
            return new FollowUp("action", "What did you actually do? Take me through the steps you took yourself.");
        }
        if (!s.result().present()) {
            return new FollowUp("result", "You said " + quote(s.action()) + ". What happened as a result?");
        }
        if (!f.measurableResult().present()) {
            return new FollowUp("measurable_result", "You said " + quote(s.result())
                    + ". By how much: what number shows the change?");
        }
        if (!f.businessImpact().present()) {
            return new FollowUp("business_impact", "What did " + quote(f.measurableResult())
                    + " mean for the business: revenue, cost, customers or risk?");
        }
        if (!f.ownership().firstPerson()) {
            return new FollowUp("ownership", "Which of those steps did you do yourself, as opposed to the team?");
        }
        if (!s.task().present()) {
            return new FollowUp("task", "What exactly were you responsible for, or asked to achieve?");
        }
        return null;
    }

    private static FollowUp criterion(String code, String concept) {
        String subject = concept == null || concept.isBlank() ? "this" : concept;
        return new FollowUp(code, String.format(CRITERION_QUESTIONS.get(code), subject));
    }

    private static RubricItem failed(List<RubricItem> rubric, String code) {
        for (RubricItem r : rubric) {
            if (r.criterion().equals(code) && Boolean.FALSE.equals(r.met())) {
                return r;
            }
        }
        return null;
    }

    /** The evidence, shortened to its first dozen words, in quotes. */
    static String quote(Presence p) {
        String text = p.evidence() == null ? "" : p.evidence().strip();
        String[] words = text.split("\\s+");
        if (words.length > 12) {
            text = String.join(" ", java.util.Arrays.copyOf(words, 12)) + "…";
        }
        text = text.replaceAll("[.!?]+$", "");
        return "\u201c" + text + "\u201d";
    }

    private static String trimStop(String point) {
        String p = point.strip();
        return p.endsWith(".") ? p.substring(0, p.length() - 1) : p;
    }
}
