package org.mockinterview.question;

import org.mockinterview.kernel.Category;
import org.mockinterview.kernel.PlannedQuestion;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Picks at most one follow-up question aimed at the weakest spot the answer analyzer reported,
 * naming the candidate's project when the question was about one.
 */
public final class FollowUpTemplates {

    /** A follow-up phrased generically and, when the question names a project, about that project ({ref}). */
    private record Template(String generic, String withRef) {
    }

    private static final Map<String, Template> TEMPLATES = Map.ofEntries(
            Map.entry("measurable_result", new Template("What was the measurable outcome?",
                    "What was the measurable outcome of your work on {ref}?")),
            Map.entry("result", new Template("How did it turn out in the end? What was the measurable outcome?",
                    "How did {ref} turn out in the end? What was the measurable outcome?")),
            Map.entry("business_impact", new Template("What did that change for the business?",
                    "What did {ref} change for the business?")),
            Map.entry("ownership", new Template("What exactly did you do yourself, as opposed to the team?",
                    "On {ref}, what exactly did you do yourself, as opposed to the team?")),
            Map.entry("situation", new Template("Can you set the scene first: what was the context, and why did it matter?",
                    "Can you set the scene for {ref}: what was the context, and why did it matter?")),
            Map.entry("task", new Template("What specifically were you responsible for?",
                    "What specifically were you responsible for on {ref}?")),
            Map.entry("action", new Template("Walk me through the specific steps you took.",
                    "Walk me through the specific steps you took on {ref}.")),
            Map.entry("specific_example", new Template(
                    "Can you tell me about one specific time this actually happened, rather than what you would generally do?",
                    "Can you tell me about one specific moment on {ref} when this actually happened?")),
            Map.entry("definition_first", new Template("Can you start with a precise definition?",
                    "Can you start with a precise definition of the technique you used in {ref}?")),
            Map.entry("concrete_example", new Template("Can you give a concrete example?",
                    "Can you give a concrete example from {ref}?")),
            Map.entry("plain_language", new Template("How would you explain that to a product manager, without jargon?",
                    "How would you explain what you found in {ref} to a product manager, without jargon?")),
            Map.entry("confound_mentioned", new Template(
                    "What confounding factor could produce the same pattern, and how would you rule it out?",
                    "In {ref}, what confounding factor could have produced the same result, and how would you rule it out?")),
            Map.entry("metric_tied_to_business", new Template(
                    "What does each type of error cost the business, and how does that change your choice of metric?",
                    "In {ref}, what did a false positive and a false negative each cost the business, and how did that shape the metric?")),
            Map.entry("clarifies_objective_first", new Template(
                    "Before the solution: what exactly is the objective, and how would you measure success?",
                    "Before the solution: what exactly was the objective of {ref}, and how was success measured?")),
            Map.entry("names_constraints", new Template("What latency and data constraints would change your design?",
                    "What latency and data constraints shaped {ref}, and how would they change your design?")),
            Map.entry("structured_steps", new Template("Can you walk me through your approach step by step, from data to deployment?",
                    "Can you walk me through {ref} step by step, from data to deployment?")));

    /**
     * Which weakness to chase first, per category: the element that category's interviewers weigh most comes first;
     * codes outside the list keep the analyzer's order after it.
     */
    private static final Map<Category, List<String>> PRIORITY = new EnumMap<>(Map.of(
            Category.BEHAVIORAL, List.of("specific_example", "measurable_result", "result", "business_impact",
                    "ownership", "action", "situation", "task"),
            Category.ML_FUNDAMENTALS, List.of("definition_first", "concrete_example", "plain_language"),
            Category.STATISTICS_PROBABILITY, List.of("plain_language", "concrete_example", "confound_mentioned",
                    "definition_first"),
            Category.MODEL_EVALUATION, List.of("metric_tied_to_business", "concrete_example", "business_impact"),
            Category.APPLIED_CASE_STUDY, List.of("clarifies_objective_first", "names_constraints",
                    "structured_steps", "business_impact")));

    /**
     * @param question   the question that was answered
     * @param answer     the candidate's answer; a blank answer gets no follow-up, since it needs a re-prompt instead
     * @param weaknesses analyzer codes such as {@code measurable_result}; unknown codes are ignored
     * @return one follow-up, never the question's own text, or empty when nothing known is weak
     */
    public Optional<String> followUp(PlannedQuestion question, String answer, List<String> weaknesses) {
        if (question == null || answer == null || answer.isBlank() || weaknesses == null || weaknesses.isEmpty()) {
            return Optional.empty();
        }
        String own = QuestionTexts.normalize(question.text());
        // A quoted statement ("Cut fraud losses 18%…") or a model's malformed ref reads badly as "your work on {ref}".
        String ref = SubjectNames.isName(question.projectRef()) ? question.projectRef().strip() : null;
        for (String code : ordered(question.category(), weaknesses)) {
            Template t = TEMPLATES.get(code);
            String text = ref == null ? t.generic() : t.withRef().replace("{ref}", ref);
            if (!QuestionTexts.normalize(text).equals(own)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** The known codes present, most important for the category first. */
    static List<String> ordered(Category category, List<String> weaknesses) {
        List<String> present = new ArrayList<>();
        for (String w : weaknesses) {
            String code = w == null ? "" : w.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            if (TEMPLATES.containsKey(code) && !present.contains(code)) {
                present.add(code);
            }
        }
        List<String> out = new ArrayList<>();
        for (String code : PRIORITY.getOrDefault(category, List.of())) {
            if (present.contains(code)) {
                out.add(code);
            }
        }
        for (String code : present) {
            if (!out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }
}
