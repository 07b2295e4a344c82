package org.mockinterview.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue 15's load: a user with {@code --interviews} completed interviews (5 categories x 2 questions, one follow-up
 * each, every answer given, a retry on every third question), then {@code GET /progress} and
 * {@code GET /practice/queue} timed, {@code --requests} of each at {@code --concurrency}, after an unrecorded warm-up.
 * Run through scripts/load.sh: {@code LOAD_MAIN=org.mockinterview.bench.PracticeLoad scripts/load.sh practice ...}.
 */
public final class PracticeLoad {

    private PracticeLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = arg(args, "--base", "http://127.0.0.1:18081");
        int interviews = Integer.parseInt(arg(args, "--interviews", "50"));
        int requests = Integer.parseInt(arg(args, "--requests", "1000"));
        int concurrency = Integer.parseInt(arg(args, "--concurrency", "4"));
        int warmup = Integer.parseInt(arg(args, "--warmup", "300"));
        LoadStats stats = new LoadStats();
        LoadClient api = new LoadClient(base, stats);
        String auth = LoadClient.bearer("practice-load-" + UUID.randomUUID());

        stats.recording(false);
        long t0 = System.nanoTime();
        int answers = 0;
        for (int i = 0; i < interviews; i++) {
            answers += interview(api, auth, i);
        }
        System.out.printf("setup: %d completed interviews, %d answers and retries in %.1f s%n", interviews, answers,
                (System.nanoTime() - t0) / 1e9);
        JsonNode queue = api.get("queue", "/api/v1/practice/queue", auth);
        JsonNode progress = api.get("progress", "/api/v1/progress", auth);
        System.out.printf("queue items: %d; progress: interviews %s, answered %s, due %s, stories %s%n",
                queue.size(), progress.path("interviews"), progress.path("answered"), progress.path("dueForReview"),
                progress.path("stories").path("count"));

        run(api, auth, warmup, concurrency);
        stats.recording(true);
        long m0 = System.nanoTime();
        run(api, auth, requests, concurrency);
        double seconds = (System.nanoTime() - m0) / 1e9;
        System.out.print(stats.report(seconds));
        System.exit(stats.errors() == 0 ? 0 : 1);
    }

    /** One interview answered to the end (alternating weak and strong answers) and completed; returns answers sent. */
    private static int interview(LoadClient api, String auth, int n) {
        JsonNode created = api.postJson("create", "/api/v1/interviews", auth,
                Map.of("questionsPerCategory", 2, "followUps", 1), null);
        long id = created.path("id").asLong();
        JsonNode current = created.path("current").path("question");
        int sent = 0;
        List<Long> answered = new ArrayList<>();
        while (!current.isMissingNode() && !current.isNull() && sent < 40) {
            long q = current.path("id").asLong();
            String text = (sent + n) % 2 == 0 ? "I think it is about making the model better, you know."
                    : BenchAnswers.ofWords(120);
            JsonNode r = api.postJson("answer", "/api/v1/interviews/" + id + "/answers", auth,
                    Map.of("questionId", q, "text", text, "durationSeconds", 60), UUID.randomUUID().toString());
            answered.add(q);
            current = r.path("next");
            sent++;
        }
        for (int i = 0; i < answered.size(); i += 3) {
            api.postJson("attempt", "/api/v1/interviews/" + id + "/questions/" + answered.get(i) + "/attempts", auth,
                    Map.of("text", BenchAnswers.ofWords(150)), UUID.randomUUID().toString());
            sent++;
        }
        api.postJson("complete", "/api/v1/interviews/" + id + "/complete", auth, Map.of(), null);
        return sent;
    }

    private static void run(LoadClient api, String auth, int requests, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            done.add(pool.submit(() -> api.get("GET /progress", "/api/v1/progress", auth)));
            done.add(pool.submit(() -> api.get("GET /practice/queue", "/api/v1/practice/queue", auth)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
