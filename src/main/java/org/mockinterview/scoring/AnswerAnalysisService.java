package org.mockinterview.scoring;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.mockinterview.kernel.Category;
import org.mockinterview.platform.problem.ProblemException;
import org.mockinterview.question.BankQuestion;
import org.mockinterview.question.QuestionBank;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Validates analysis requests beyond their shape and runs the deterministic analyzer.
 */
@ApplicationScoped
public class AnswerAnalysisService {

    private static final String CATEGORIES = Arrays.stream(Category.values()).map(Category::wire)
            .collect(Collectors.joining(", "));

    private final AnalysisConfig config;
    private final AnswerAnalyzer analyzer;
    private final QuestionBank bank;

    AnswerAnalysisService(AnalysisConfig config, AnswerAnalyzer analyzer, QuestionBank bank) {
        this.config = config;
        this.analyzer = analyzer;
        this.bank = bank;
    }

    /** Reads the gibberish vocabulary off the request path, so the first analysis does not pay for it. */
    void warmUp(@Observes StartupEvent event) {
        Thread.ofPlatform().name("answer-vocabulary-warm-up").daemon().start(Vocabulary::available);
    }

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

    /** A bank question's key points, so that an analysis of a bank question reports their coverage. */
    private List<String> keyPoints(String question) {
        if (question == null || question.isBlank()) {
            return null;
        }
        return bank.byText(question).map(BankQuestion::keyPoints).orElse(null);
    }
}
