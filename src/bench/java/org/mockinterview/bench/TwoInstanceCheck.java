package org.mockinterview.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

// Usage (through scripts/two-instances.sh): --a URL --b URL [--interviews 30] [--concurrency 10]
/**
 * One user's interview served by two instances in turn: every read on one instance must see the other's writes,
 * idempotent replays on the other instance must not add answers, and a double submit raced across both must
 * record exactly one. Prints what it checked and every violation; exits 1 on any.
 */
public final class TwoInstanceCheck {

    private final ApiCalls api = new ApiCalls();
    private final String a;
    private final String b;
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final AtomicInteger answers = new AtomicInteger();
    private final AtomicInteger replays = new AtomicInteger();
    private final AtomicInteger races = new AtomicInteger();
    private final AtomicInteger reads = new AtomicInteger();

    private TwoInstanceCheck(String a, String b) {
        this.a = a + "/api/v1/interviews";
        this.b = b + "/api/v1/interviews";
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = InterviewLoad.options(args);
        TwoInstanceCheck check = new TwoInstanceCheck(o.get("a"), o.get("b"));
        int n = Integer.parseInt(o.getOrDefault("interviews", "30"));
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(Integer.parseInt(o.getOrDefault("concurrency", "10")),
                Thread.ofVirtual().factory())) {
            for (int i = 0; i < n; i++) {
                pool.submit(check::oneInterview);
            }
        }
        System.out.printf("%d interviews across two instances in %.1f s: %d answers acknowledged, %d cross-instance "
                + "reads, %d idempotent replays on the other instance, %d double submits raced across both%n", n,
                (System.nanoTime() - start) / 1e9, check.answers.get(), check.reads.get(), check.replays.get(),
                check.races.get());
        System.out.println("violations: " + check.violations.size());
        check.violations.stream().limit(20).forEach(v -> System.out.println("  " + v));
        System.exit(check.violations.isEmpty() ? 0 : 1);
    }

    private void oneInterview() {
        String auth = LoadClient.bearer("two-" + UUID.randomUUID());
        ApiCalls.Reply created = api.post(a, auth, Map.of("questionsPerCategory", 1, "followUps", 1), null);
        if (created.status() != 201) {
            violations.add("create on A: " + created.status() + " " + created.body());
            return;
        }
        long id = created.body().path("id").asLong();
        Map<Long, String> acknowledged = new LinkedHashMap<>();
        JsonNode q = created.body().path("current").path("question");
        for (int turn = 0; q.hasNonNull("id") && turn < 40; turn++) {
            String here = turn % 2 == 0 ? a : b;
            String there = turn % 2 == 0 ? b : a;
            long qid = q.get("id").asLong();
            ApiCalls.Reply state = api.get(here + "/" + id, auth);
            reads.incrementAndGet();
            if (state.body().path("current").path("question").path("id").asLong() != qid) {
                violations.add(id + ": instance " + (here == a ? "A" : "B") + " does not see question " + qid
                        + " as current after the other instance's write");
            }
            JsonNode result = turn % 4 == 3 ? race(id, qid, auth, acknowledged) : answer(here, there, id, qid, turn, auth,
                    acknowledged);
            if (result == null) {
                return;
            }
            q = result.path("next");
        }
        ApiCalls.Reply completed = api.post(b + "/" + id + "/complete", auth, Map.of(), null);
        if (completed.status() != 200) {
            violations.add(id + ": complete on instance B got " + completed.status());
        }
        verify(id, auth, acknowledged);
    }

    private JsonNode answer(String here, String there, long id, long qid, int turn, String auth, Map<Long, String> acks) {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body(qid);
        ApiCalls.Reply r = api.post(here + "/" + id + "/answers", auth, body, key);
        if (r.status() != 201) {
            violations.add(id + ": answer to " + qid + " got " + r.status() + " " + r.body());
            return null;
        }
        answers.incrementAndGet();
        acks.put(qid, (String) body.get("text"));
        if (turn % 3 == 0) { // the client retried on the other instance, as after a timeout behind a load balancer
            ApiCalls.Reply replay = api.post(there + "/" + id + "/answers", auth, body, key);
            replays.incrementAndGet();
            if (!replay.ok() || !replay.body().path("next").equals(r.body().path("next"))) {
                violations.add(id + ": replay of " + qid + " on the other instance got " + replay.status()
                        + " with a different outcome");
            }
        }
        return r.body();
    }

    /** The same question answered on both instances at once with different keys: exactly one may be recorded. */
    private JsonNode race(long id, long qid, String auth, Map<Long, String> acks) {
        Map<String, Object> first = body(qid);
        Map<String, Object> second = body(qid);
        CompletableFuture<ApiCalls.Reply> onA = CompletableFuture.supplyAsync(
                () -> api.post(a + "/" + id + "/answers", auth, first, UUID.randomUUID().toString()),
                r -> Thread.ofVirtual().start(r));
        ApiCalls.Reply onB = api.post(b + "/" + id + "/answers", auth, second, UUID.randomUUID().toString());
        ApiCalls.Reply ra = onA.join();
        races.incrementAndGet();
        List<ApiCalls.Reply> won = new ArrayList<>();
        if (ra.status() == 201) {
            won.add(ra);
            acks.put(qid, (String) first.get("text"));
        }
        if (onB.status() == 201) {
            won.add(onB);
            acks.put(qid, (String) second.get("text"));
        }
        if (won.size() != 1 || (ra.status() != 201 && ra.status() != 409) || (onB.status() != 201 && onB.status() != 409)) {
            violations.add(id + ": double submit of " + qid + " across instances got " + ra.status() + " and "
                    + onB.status());
            return null;
        }
        answers.incrementAndGet();
        return won.get(0).body();
    }

    private void verify(long id, String auth, Map<Long, String> acks) {
        JsonNode fromA = api.get(a + "/" + id + "/transcript", auth).body();
        JsonNode fromB = api.get(b + "/" + id + "/transcript", auth).body();
        if (!fromA.equals(fromB)) {
            violations.add(id + ": the two instances serve different transcripts");
        }
        Map<Long, Integer> rows = new HashMap<>();
        for (JsonNode e : fromA.path("entries")) {
            if (e.hasNonNull("answer")) {
                rows.merge(e.path("questionId").asLong(), 1, Integer::sum);
                String acked = acks.get(e.path("questionId").asLong());
                if (acked == null) {
                    violations.add(id + ": answer to " + e.path("questionId") + " stored but never acknowledged");
                } else if (!acked.equals(e.path("answer").asText())) {
                    violations.add(id + ": answer to " + e.path("questionId") + " is not the acknowledged text");
                }
            }
        }
        acks.keySet().forEach(qid -> {
            if (!rows.containsKey(qid)) {
                violations.add(id + ": acknowledged answer to " + qid + " is missing");
            }
        });
        rows.forEach((qid, n) -> {
            if (n > 1) {
                violations.add(id + ": question " + qid + " has " + n + " answers");
            }
        });
    }

    private static Map<String, Object> body(long qid) {
        return Map.of("questionId", qid, "durationSeconds", 45,
                "text", BenchAnswers.ofWords(60) + " (reference " + UUID.randomUUID() + ")");
    }
}
