package org.mockinterview.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.mockinterview.ai.WireMockOpenAi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

// Usage (through scripts/load.sh slow-llm): --base URL --llm-port P [--interviews 200] [--delay-ms 2000]
//   [--warmup 60] (creations before the burst, 20 at a time) [--reply plan|unusable] (unusable: prose, no JSON,
//   so every plan falls back offline after its budget's worth of model calls)
// The service must point its OpenAI base URL at 127.0.0.1:P with the LLM enabled; load.sh does that.
/**
 * The slow-model scenario: an OpenAI-compatible WireMock answering every plan after a fixed delay, N interview
 * creations released at once, and readiness plus answer-analysis probes running while they wait on the model.
 */
public final class SlowModelLoad {

    private long burstStartMillis;

    private SlowModelLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = InterviewLoad.options(args);
        int n = Integer.parseInt(opts.getOrDefault("interviews", "200"));
        int delayMs = Integer.parseInt(opts.getOrDefault("delay-ms", "2000"));
        boolean unusable = "unusable".equals(opts.getOrDefault("reply", "plan"));
        WireMockServer model = new WireMockServer(options().port(Integer.parseInt(opts.get("llm-port")))
                .bindAddress("127.0.0.1").containerThreads(n + 50).asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(16));
        model.start();
        try {
            model.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("RESUME"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                            .withFixedDelay(delayMs).withBody(WireMockOpenAi.completion(unusable
                                    ? "Sure! Here are some great interview questions for this candidate." : WireMockOpenAi.plan(
                                    "ml_fundamentals", "How would you explain the bias-variance tradeoff in the "
                                            + "fraud model you built, with an example from its data?",
                                    "behavioral", "Tell me about a time your fraud model underperformed after "
                                            + "launch: what did you do and what changed for the business?")))));
            int warmup = Integer.parseInt(opts.getOrDefault("warmup", "60"));
            SlowModelLoad load = new SlowModelLoad();
            int errors = load.run(opts.get("base"), n, delayMs, warmup, unusable);
            long burstCalls = model.getAllServeEvents().stream()
                    .filter(e -> e.getRequest().getLoggedDate().getTime() >= load.burstStartMillis).count();
            System.out.printf("model calls during the burst: %d for %d interviews%n", burstCalls, n);
            if (unusable && burstCalls < n) {
                errors++; // every interview must still have asked the model
            }
            List<Long> arrivals = model.getAllServeEvents().stream()
                    .map(e -> e.getRequest().getLoggedDate().getTime()).sorted().toList();
            System.out.printf("model calls received by the fake: %d%n", arrivals.size());
            // when the model saw each call: waves here mean the service queued its calls somewhere
            Map<Long, Long> perHalfSecond = new java.util.TreeMap<>();
            long last = arrivals.isEmpty() ? 0 : arrivals.get(arrivals.size() - 1);
            for (long t : arrivals) {
                if (last - t < 30_000) {
                    perHalfSecond.merge((t - arrivals.get(0)) / 500 * 500, 1L, Long::sum);
                }
            }
            System.out.println("model calls by arrival time (ms since the first: count): " + perHalfSecond);
            System.exit(errors == 0 ? 0 : 1);
        } finally {
            model.stop();
        }
    }

    private int run(String base, int n, int delayMs, int warmup, boolean unusable) throws InterruptedException {
        LoadStats warm = new LoadStats();
        LoadClient warmClient = new LoadClient(base, warm);
        // A service that has been running: JIT-compiled paths, open pools. Creations 20 at a time, then analyses.
        // Each has its own job description (numbered after the burst's), or the plan cache would answer all but the
        // first few and the model path would stay cold.
        AtomicInteger warmLeft = new AtomicInteger(warmup);
        try (ExecutorService w = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < 20; t++) {
                int k = t;
                w.submit(() -> {
                    for (int left; (left = warmLeft.getAndDecrement()) > 0; ) {
                        createAs(warmClient, LoadClient.bearer("warm-" + k + "-" + UUID.randomUUID()), n + left);
                    }
                });
            }
        }
        Map<String, Object> warmAnalysis = Map.of("answer", BenchAnswers.ofWords(150), "question", "Why?",
                "category", "behavioral");
        String warmAuth = LoadClient.bearer("warm-analysis");
        for (int i = 0; i < 200; i++) {
            warmClient.postJson("warm analysis", "/api/v1/answer-analyses", warmAuth, warmAnalysis, null);
            warmClient.get("warm ready", "/q/health/ready");
        }

        LoadStats stats = new LoadStats();
        LoadClient client = new LoadClient(base, stats);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tokens.add(LoadClient.bearer("slow-" + run + "-" + i)); // one user each: no per-user limit in play
        }
        AtomicBoolean burst = new AtomicBoolean(true);
        AtomicInteger notLlm = new AtomicInteger();
        CountDownLatch gate = new CountDownLatch(1);
        long start;
        long end;
        try (ExecutorService probes = Executors.newVirtualThreadPerTaskExecutor()) {
            probes.submit(() -> probe(burst, () -> client.get("GET /q/health/ready (during burst)", "/q/health/ready")));
            String analysisAuth = LoadClient.bearer("slow-probe-" + run);
            Map<String, Object> analysis = Map.of("answer", BenchAnswers.ofWords(150), "question",
                    "Tell me about a time a model you owned degraded in production.", "category", "behavioral");
            probes.submit(() -> probe(burst, () -> client.postJson("POST /answer-analyses (during burst)",
                    "/api/v1/answer-analyses", analysisAuth, analysis, null)));
            try (ExecutorService creators = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < n; i++) {
                    String auth = tokens.get(i);
                    int k = i;
                    creators.submit(() -> {
                        gate.await();
                        JsonNode view = createAs(client, auth, k);
                        if (view != null && !allFromModel(view)) {
                            notLlm.incrementAndGet();
                        }
                        return null;
                    });
                }
                start = System.nanoTime();
                burstStartMillis = System.currentTimeMillis();
                gate.countDown();
            }
            end = System.nanoTime();
            burst.set(false);
        }
        double wall = (end - start) / 1e9;
        System.out.printf("%d interviews created at once behind a %d ms model: all answered in %.2f s wall%n", n,
                delayMs, wall);
        System.out.printf("plans not entirely from the model (fallbacks): %d%n", notLlm.get());
        System.out.print(stats.report(wall));
        // with unusable replies every plan is the offline engine's, by design
        return (int) stats.errors() + (unusable ? 0 : notLlm.get());
    }

    private static void probe(AtomicBoolean running, Runnable call) {
        while (running.get()) {
            call.run();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** A distinct job description per interview, so the service's plan cache cannot answer for the model. */
    private static JsonNode createAs(LoadClient client, String auth, int i) {
        return client.postJson("POST /interviews (LLM plan)", "/api/v1/interviews", auth, Map.of(
                "categories", List.of("ml_fundamentals", "behavioral"), "questionsPerCategory", 1, "followUps", 1,
                "jobDescription", "Senior data scientist, payments fraud, team " + i + ": Python, XGBoost, "
                        + "experimentation."), null);
    }

    private static boolean allFromModel(JsonNode view) {
        for (JsonNode q : view.path("plan")) {
            if (!"llm".equals(q.path("source").asText())) {
                return false;
            }
        }
        return view.path("plan").size() > 0;
    }
}
