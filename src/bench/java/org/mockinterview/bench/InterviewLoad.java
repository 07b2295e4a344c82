package org.mockinterview.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

// Modes: interviews (create, answer every question and follow-up until next is null, complete, read the report and
// the transcript), analyses, uploads.
// Every run stops after --interviews units of work or --duration seconds, whichever comes first.
/** Bounded HTTP load generator for a running service on loopback; options are listed in docs/PERFORMANCE.md. */
public final class InterviewLoad {

    private static final int MAX_TURNS = 60; // 5 categories x 5 questions x (1 + 2 follow-ups) is 75; plans here are smaller
    private static final int USERS = 50;

    private final Map<String, String> opts;
    private final LoadStats stats = new LoadStats();
    private final LoadClient client;
    private final List<String> tokens = new ArrayList<>();

    private InterviewLoad(Map<String, String> opts) {
        this.opts = opts;
        this.client = new LoadClient(opt("base", "http://127.0.0.1:8080"), stats);
        String run = UUID.randomUUID().toString().substring(0, 8); // fresh users per run: no history, no dedup
        for (int i = 0; i < USERS; i++) {
            tokens.add(LoadClient.bearer("load-" + run + "-" + i));
        }
    }

    public static void main(String[] args) throws Exception {
        InterviewLoad load = new InterviewLoad(options(args));
        int errors = load.run();
        System.exit(errors == 0 ? 0 : 1);
    }

    /** {@code --name value} pairs, as every bench main takes them. */
    static Map<String, String> options(String[] args) {
        Map<String, String> opts = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return opts;
    }

    private String opt(String name, String fallback) {
        return opts.getOrDefault(name, fallback);
    }

    private int intOpt(String name, int fallback) {
        return Integer.parseInt(opt(name, Integer.toString(fallback)));
    }

    private int run() throws InterruptedException {
        String mode = opt("mode", "interviews");
        int units = intOpt("interviews", 100);
        int concurrency = intOpt("concurrency", 10);
        int warmup = intOpt("warmup", Math.min(units / 5, 50));
        long durationNanos = intOpt("duration", 60) * 1_000_000_000L;
        Runnable[] work = switch (mode) {
            case "interviews" -> tasks(units + warmup, i -> interview(i));
            case "analyses" -> tasks(units + warmup, i -> analysis(i));
            case "uploads" -> uploads(units + warmup);
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
        System.out.printf("mode=%s units=%d warmup=%d concurrency=%d duration<=%ds%n", mode, units, warmup,
                concurrency, durationNanos / 1_000_000_000L);
        // warm-up: the first units run sequentially-ish and are not recorded, so JIT and pools are warm
        stats.recording(false);
        drive(work, 0, warmup, Math.min(concurrency, 4), durationNanos);
        stats.recording(true);
        long start = System.nanoTime();
        int done = drive(work, warmup, work.length, concurrency, durationNanos);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("completed %d units in %.1f s (%.1f units/s)%n", done, seconds, done / seconds);
        System.out.print(stats.report(seconds));
        return (int) Math.min(Integer.MAX_VALUE, stats.errors());
    }

    /** Runs work[from..to) on virtual threads, at most {@code concurrency} at once, until done or the deadline. */
    private static int drive(Runnable[] work, int from, int to, int concurrency, long durationNanos)
            throws InterruptedException {
        long deadline = System.nanoTime() + durationNanos;
        AtomicInteger next = new AtomicInteger(from);
        AtomicInteger done = new AtomicInteger();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < concurrency; w++) {
                pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < to && System.nanoTime() < deadline; ) {
                        work[i].run();
                        done.incrementAndGet();
                    }
                });
            }
        }
        return done.get();
    }

    private static Runnable[] tasks(int n, java.util.function.IntFunction<Runnable> f) {
        Runnable[] out = new Runnable[n];
        for (int i = 0; i < n; i++) {
            out[i] = f.apply(i);
        }
        return out;
    }

    private String token(int i) {
        return tokens.get(i % tokens.size());
    }

    private Runnable interview(int i) {
        return () -> {
            String auth = token(i);
            Map<String, Object> create = Map.of("questionsPerCategory", intOpt("per-category", 2),
                    "followUps", intOpt("follow-ups", 1));
            JsonNode view = client.postJson("POST /interviews", "/api/v1/interviews", auth, create, null);
            if (view == null) {
                return;
            }
            long id = view.path("id").asLong();
            JsonNode question = view.path("current").path("question");
            String answer = BenchAnswers.ofWords(120);
            for (int turn = 0; turn < MAX_TURNS && question.hasNonNull("id"); turn++) {
                think();
                Map<String, Object> body = Map.of("questionId", question.get("id").asLong(), "text", answer,
                        "durationSeconds", 50);
                JsonNode result = client.postJson("POST /interviews/{id}/answers",
                        "/api/v1/interviews/" + id + "/answers", auth, body, UUID.randomUUID().toString());
                if (result == null) {
                    return;
                }
                question = result.path("next");
            }
            client.postJson("POST /interviews/{id}/complete", "/api/v1/interviews/" + id + "/complete", auth,
                    Map.of(), null);
            // what a frontend shows at the end: the report, and the transcript for the record
            client.get("GET /interviews/{id}/report", "/api/v1/interviews/" + id + "/report", auth);
            client.get("GET /interviews/{id}/transcript", "/api/v1/interviews/" + id + "/transcript", auth);
        };
    }

    /**
     * A candidate's pause before answering: --think-ms ±50% at random, so that interviews started together do not
     * answer in lockstep. The default 0 means back-to-back answers, a stress test.
     */
    private void think() {
        int ms = intOpt("think-ms", 0);
        if (ms > 0 && stats.recording()) { // warm-up runs without pauses: it is there to warm the JIT, quickly
            try {
                // a virtual thread: sleeping costs no carrier thread
                Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(ms / 2, ms * 3 / 2 + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Runnable analysis(int i) {
        String answer = BenchAnswers.ofWords(intOpt("words", 200));
        Map<String, Object> body = Map.of("answer", answer, "question",
                "Tell me about a time a model you owned degraded in production.", "category", "behavioral",
                "durationSeconds", 80);
        return () -> client.postJson("POST /answer-analyses", "/api/v1/answer-analyses", token(i), body, null);
    }

    /** Each upload gets its own PDF bytes, because the service answers a repeated file from its store. */
    private Runnable[] uploads(int n) {
        String dir = opts.get("pdf-dir");
        if (dir != null) {
            return uploadsOf(java.nio.file.Path.of(dir), n);
        }
        Runnable[] out = new Runnable[n];
        for (int i = 0; i < n; i++) {
            int pages = 1 + i % 3;
            byte[] pdf = BenchPdfs.resume(pages, i + 1);
            String auth = token(i);
            out[i] = () -> client.uploadPdf("POST /resumes (" + pages + " page" + (pages > 1 ? "s)" : ")"), auth,
                    "resume.pdf", pdf);
        }
        return out;
    }

    /**
     * Real resumes read in place (--pdf-dir), in turn, each labelled with its file name. A PDF comment appended
     * after the end marker makes every upload's bytes new without changing what the parser reads.
     */
    private Runnable[] uploadsOf(java.nio.file.Path dir, int n) {
        java.util.List<java.nio.file.Path> files;
        try (var list = java.nio.file.Files.list(dir)) {
            files = list.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Runnable[] out = new Runnable[n];
        for (int i = 0; i < n; i++) {
            java.nio.file.Path file = files.get(i % files.size());
            byte[] bytes;
            try {
                bytes = java.nio.file.Files.readAllBytes(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            byte[] nonce = ("\n% upload " + i + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            byte[] pdf = java.util.Arrays.copyOf(bytes, bytes.length + nonce.length);
            System.arraycopy(nonce, 0, pdf, bytes.length, nonce.length);
            String auth = token(i);
            String name = file.getFileName().toString();
            out[i] = () -> client.uploadPdf("POST /resumes " + name, auth, name, pdf);
        }
        return out;
    }
}
