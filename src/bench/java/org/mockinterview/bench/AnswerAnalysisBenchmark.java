package org.mockinterview.bench;

import org.mockinterview.embedding.MiniLm;
import org.mockinterview.kernel.Category;
import org.mockinterview.scoring.AnalysisRequest;
import org.mockinterview.scoring.AnswerAnalysis;
import org.mockinterview.scoring.AnswerAnalyzer;
import org.mockinterview.scoring.ModelSentenceVectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One analysis of a behavioral answer of 50, 200 or 600 words, with question and key points; with and without the
 * embedding model (key points the words miss are then matched by meaning, which embeds the answer's sentences).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AnswerAnalysisBenchmark {

    @Param({"50", "200", "600"})
    public int words;

    /** true: MiniLM in process for key points missed by words and off-topic checks, as the service runs it. */
    @Param({"false", "true"})
    public boolean model;

    private AnswerAnalyzer analyzer;
    private AnalysisRequest request;

    @Setup
    public void setUp() {
        analyzer = model ? new AnswerAnalyzer(new ModelSentenceVectors(MiniLm.load(Path.of(
                System.getProperty("java.io.tmpdir"), "mock-interview-bench-models")), () -> true))
                : new AnswerAnalyzer();
        request = new AnalysisRequest(BenchAnswers.ofWords(words),
                "Tell me about a time a model you owned degraded in production.", Category.BEHAVIORAL,
                words * 60 / 150, // a speaking pace of 150 words per minute
                List.of("detect drift", "root cause", "retrain or recalibrate", "measure business impact"));
    }

    @Benchmark
    public AnswerAnalysis analyze() {
        return analyzer.analyze(request);
    }
}
