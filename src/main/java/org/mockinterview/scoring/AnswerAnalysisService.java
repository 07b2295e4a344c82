package org.mockinterview.scoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.question.BankQuestion;
import org.mockinterview.question.Category;
import org.mockinterview.question.QuestionBank;
import org.mockinterview.question.QuestionTexts;

import java.util.List;
import java.util.Map;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Validates analysis requests beyond their shape and runs the deterministic analyzer.
 */
@ApplicationScoped
public class AnswerAnalysisService {

    private static final String CATEGORIES = Arrays.stream(Category.values()).map(Category::wire)
            .collect(Collectors.joining(", "));

    @Inject
    AnalysisConfig config;

    @Inject
    AnswerAnalyzer analyzer;

    @Inject
    QuestionBank bank;

    /** Bank questions by normalised text, so that an analysis of a bank question reports key-point coverage. */
    private volatile Map<String, List<String>> keyPointsByText;

    public AnswerAnalysis analyse(AnswerAnalysisRequest request) {
        if (request.answer().length() > config.maxChars()) {
            throw ProblemException.field("answer", "must be at most " + config.maxChars() + " characters");
        }
        Category category = null;
        if (request.category() != null && !request.category().isBlank()) {
            category = Category.parse(request.category()).orElseThrow(
                    () -> ProblemException.field("category", "must be one of " + CATEGORIES));
        }
        return analyzer.analyze(new AnalysisRequest(request.answer(), request.question(), category,
                request.durationSeconds(), keyPoints(request.question())));
    }

    private List<String> keyPoints(String question) {
        if (question == null || question.isBlank()) {
            return null;
        }
        Map<String, List<String>> index = keyPointsByText;
        if (index == null) {
            index = bank.all().stream().collect(Collectors.toMap(q -> QuestionTexts.normalize(q.text()), BankQuestion::keyPoints,
                    (a, b) -> a));
            keyPointsByText = index;
        }
        return index.get(QuestionTexts.normalize(question));
    }


}
