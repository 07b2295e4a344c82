package org.mockinterview.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

// Usage (through scripts/crash-restart.sh): --base URL --restarted FILE [--users 20] [--after-restart-seconds 5]
/**
 * Drives interviews back to back while the script kills the service with SIGKILL and starts it again, keeping a
 * ledger of every answer acknowledged with a 201. After the restart it checks that each acknowledged answer is
 * stored exactly once with its text, then finishes every interview from where it stood.
 */
public final class CrashCheck {

    private record Ack(long interviewId, long questionId, String text) {
    }

    private final ApiCalls api = new ApiCalls();
    private final String base;
    private final ConcurrentLinkedQueue<Ack> ledger = new ConcurrentLinkedQueue<>();
    private final Map<Long, String> owners = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final AtomicInteger resentAfterCrash = new AtomicInteger();
    private final AtomicBoolean driving = new AtomicBoolean(true);

    private CrashCheck(String base) {
        this.base = base + "/api/v1/interviews";
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = InterviewLoad.options(args);
        CrashCheck check = new CrashCheck(o.get("base"));
        Path restarted = Path.of(o.get("restarted"));
        int users = Integer.parseInt(o.getOrDefault("users", "20"));
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int u = 0; u < users; u++) {
                pool.submit(check::drive);
            }
            while (!Files.exists(restarted)) {
                Thread.sleep(100);
            }
            System.out.printf("service restarted; %d answers acknowledged so far%n", check.ledger.size());
            Thread.sleep(Long.parseLong(o.getOrDefault("after-restart-seconds", "5")) * 1000);
            check.driving.set(false);
        }
        check.verify();
        int finished = check.finishAll();
        System.out.printf("acknowledged answers: %d; requests cut by the kill and re-sent with their key: %d; "
                + "interviews finished after the restart: %d of %d%n", check.ledger.size(),
                check.resentAfterCrash.get(), finished, check.owners.size());
        System.out.println("violations: " + check.violations.size());
        check.violations.stream().limit(20).forEach(v -> System.out.println("  " + v));
        System.exit(check.violations.isEmpty() ? 0 : 1);
    }

    /** One user: interviews back to back while driving is on. */
    private void drive() {
        String auth = LoadClient.bearer("crash-" + UUID.randomUUID());
        while (driving.get()) {
            ApiCalls.Reply created = untilAnswered(() -> api.post(base, auth,
                    Map.of("questionsPerCategory", 2, "followUps", 1), null));
            if (created.status() != 201) {
                continue; // a create cut by the kill may or may not exist; either way nothing was acknowledged
            }
            long id = created.body().path("id").asLong();
            owners.put(id, auth);
            JsonNode q = created.body().path("current").path("question");
            while (driving.get() && q.hasNonNull("id")) {
                q = answer(id, q.get("id").asLong(), auth);
            }
        }
    }

    private JsonNode answer(long id, long qid, String auth) {
        Map<String, Object> body = Map.of("questionId", qid, "durationSeconds", 40,
                "text", BenchAnswers.ofWords(50) + " (reference " + UUID.randomUUID() + ")");
        String key = UUID.randomUUID().toString();
        ApiCalls.Reply r = api.post(base + "/" + id + "/answers", auth, body, key);
        if (r.status() == 0) { // cut by the kill: the same request, same key, once the service is back
            r = untilAnswered(() -> api.post(base + "/" + id + "/answers", auth, body, key));
            resentAfterCrash.incrementAndGet();
        }
        if (r.status() == 201 || r.status() == 200) {
            ledger.add(new Ack(id, qid, (String) body.get("text")));
            return r.body().path("next");
        }
        // not recorded now (e.g. the first attempt was, and the interview moved on): resume from the stored state
        return untilAnswered(() -> api.get(base + "/" + id, auth)).body().path("current").path("question");
    }

    private ApiCalls.Reply untilAnswered(java.util.function.Supplier<ApiCalls.Reply> call) {
        while (true) {
            ApiCalls.Reply r = call.get();
            if (r.status() != 0 && r.status() != 503) {
                return r;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return r;
            }
        }
    }

    private void verify() {
        Map<Long, List<Ack>> byInterview = new HashMap<>();
        ledger.forEach(a -> byInterview.computeIfAbsent(a.interviewId(), k -> new java.util.ArrayList<>()).add(a));
        byInterview.forEach((id, acks) -> {
            JsonNode t = api.get(base + "/" + id + "/transcript", owners.get(id)).body();
            Map<Long, Integer> answered = new HashMap<>();
            Map<Long, String> texts = new HashMap<>();
            for (JsonNode e : t.path("entries")) {
                if (e.hasNonNull("answer")) {
                    answered.merge(e.path("questionId").asLong(), 1, Integer::sum);
                    texts.put(e.path("questionId").asLong(), e.path("answer").asText());
                }
            }
            for (Ack a : acks) {
                if (!a.text().equals(texts.get(a.questionId()))) {
                    violations.add(id + ": acknowledged answer to " + a.questionId() + " is missing or changed");
                }
            }
            answered.forEach((q, n) -> {
                if (n > 1) {
                    violations.add(id + ": question " + q + " has " + n + " answers");
                }
            });
        });
    }

    /** Every interview continues from where it stood, to completion. */
    private int finishAll() {
        AtomicInteger finished = new AtomicInteger();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            owners.forEach((id, auth) -> pool.submit(() -> {
                JsonNode q = api.get(base + "/" + id, auth).body().path("current").path("question");
                for (int i = 0; i < 60 && q.hasNonNull("id"); i++) {
                    q = answer(id, q.get("id").asLong(), auth);
                }
                ApiCalls.Reply done = api.post(base + "/" + id + "/complete", auth, Map.of(), null);
                if (done.status() == 200) {
                    finished.incrementAndGet();
                } else {
                    violations.add(id + ": could not be completed after the restart: " + done.status());
                }
            }));
        }
        return finished.get();
    }
}
