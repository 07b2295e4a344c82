package org.mockinterview.bench;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.mockinterview.kernel.Difficulty;
import org.mockinterview.kernel.PlannedQuestion;
import org.mockinterview.question.ProjectTemplates;
import org.mockinterview.question.QuestionBank;
import org.mockinterview.question.QuestionPlanner;
import org.mockinterview.question.UserHistory;
import org.mockinterview.resume.profile.ResumeProfile;
import org.mockinterview.support.TestCaches;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** An offline plan (five categories, 2 each, mixed difficulty), warm, for a repeated resume and for an unseen one. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PlannerBenchmark {

    static final String JOB = "We are hiring a machine learning engineer to build recommendation and ranking models "
            + "in Python and PyTorch, run A/B tests, and own model monitoring in production.";

    private QuestionPlanner planner;
    private ResumeProfile profile;

    @Setup
    public void setUp() {
        AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();
        planner = new QuestionPlanner(new QuestionBank(), new ProjectTemplates(), TestCaches.queryVectors(model));
        planner.warmUp();
        profile = BenchProfiles.mlEngineer();
    }

    private long fresh;

    @Benchmark
    public List<PlannedQuestion> plan() {
        // the query-vector cache stays warm across calls, as it does in the service for a repeated resume
        return planner.plan(profile, JOB, null, 2, Difficulty.MIXED, UserHistory.empty());
    }

    /** A resume and job description the caches have not seen: every query segment is embedded afresh. */
    @Benchmark
    public List<PlannedQuestion> planNewResume() {
        long n = ++fresh;
        ResumeProfile.Project first = profile.projects().get(0);
        ResumeProfile unseen = new ResumeProfile(profile.name(), profile.email(), profile.phone(), profile.links(),
                profile.sections(), profile.experience(),
                List.of(new ResumeProfile.Project(first.name() + " " + n, first.dates(), first.summary(),
                        first.highlights(), first.technologies(), first.methods(), first.metrics())),
                profile.education(), profile.skills());
        return planner.plan(unseen, JOB + " Team " + n + ".", null, 2, Difficulty.MIXED, UserHistory.empty());
    }
}
