package org.mockinterview.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// Usage: BurstAccessLog <burst size> <service log>... (scripts/load.sh slow-llm runs it on its own log; given the
// logs of several runs, it also pools their bursts, e.g. target/bench-results/load-slow-llm-*.app-18081.log)
/**
 * The slow-model burst as the service saw it, from its access log (pattern {@link #PATTERN}): the span from the
 * first of the last N creations arriving to the last one answered, and the latencies of every request in that span.
 * The load client shares the two cores it measures, so its own timings include waiting for the CPU.
 */
public final class BurstAccessLog {

    /** The access-log pattern load.sh sets: when the response was logged, method, path, status and milliseconds. */
    public static final String PATTERN = "%{time,yyyy-MM-dd'T'HH:mm:ss.SSS} %m %U %s %D";
    private static final Pattern LINE = Pattern.compile(
            "(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}) (GET|POST|PUT|DELETE) (\\S+) (\\d{3}) (\\d+)\\s*$");
    private static final String CREATE = "/api/v1/interviews";

    private record Request(LocalDateTime end, String method, String path, int status, long millis) {
        LocalDateTime start() {
            return end.minus(millis, ChronoUnit.MILLIS);
        }

        String endpoint() {
            return method + " " + path.replaceAll("/\\d+", "/{id}");
        }
    }

    private BurstAccessLog() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        LoadStats pooled = new LoadStats();
        double spans = 0;
        int runs = 0;
        for (int i = 1; i < args.length; i++) {
            double span = report(Path.of(args[i]), n, pooled);
            if (span > 0) {
                spans += span;
                runs++;
            }
        }
        if (runs > 1) {
            System.out.printf("pooled over %d runs:%n", runs);
            System.out.print(pooled.report(spans));
        }
    }

    /** Prints one run's burst and adds its requests to {@code pooled}; the span in seconds, or 0 without a burst. */
    private static double report(Path log, int n, LoadStats pooled) throws IOException {
        List<Request> all = new ArrayList<>();
        for (String line : Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                all.add(new Request(LocalDateTime.parse(m.group(1)), m.group(2), m.group(3),
                        Integer.parseInt(m.group(4)), Long.parseLong(m.group(5))));
            }
        }
        List<Request> creations = all.stream().filter(r -> r.method().equals("POST") && r.path().equals(CREATE))
                .sorted(Comparator.comparing(Request::start)).toList();
        if (creations.size() < n) {
            System.out.println(log.getFileName() + ": " + creations.size() + " creations logged, fewer than " + n);
            return 0;
        }
        List<Request> burst = creations.subList(creations.size() - n, creations.size());
        LocalDateTime from = burst.get(0).start();
        LocalDateTime to = burst.stream().map(Request::end).max(Comparator.naturalOrder()).orElseThrow();
        LoadStats stats = new LoadStats();
        all.stream().filter(r -> !r.start().isBefore(from) && !r.start().isAfter(to)).forEach(r -> {
            stats.record(r.endpoint() + " (server)", r.millis() * 1_000_000, r.status() < 400);
            pooled.record(r.endpoint() + " (server)", r.millis() * 1_000_000, r.status() < 400);
        });
        double span = ChronoUnit.MILLIS.between(from, to) / 1000.0;
        System.out.printf("server side (%s): the last %d creations from first arrival to last response in %.2f s%n",
                log.getFileName(), n, span);
        System.out.print(stats.report(span));
        return span;
    }
}
