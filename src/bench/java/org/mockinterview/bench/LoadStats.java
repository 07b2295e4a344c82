package org.mockinterview.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** Latency samples and error counts per endpoint, and the summary table the load scripts print. */
public final class LoadStats {

    private final Map<String, Endpoint> endpoints = new ConcurrentSkipListMap<>();
    private volatile boolean recording = true;

    /** Turns recording on or off, so that warm-up requests do not count. */
    public void recording(boolean on) {
        recording = on;
    }

    public boolean recording() {
        return recording;
    }

    public void record(String endpoint, long nanos, boolean ok) {
        if (recording) {
            endpoints.computeIfAbsent(endpoint, k -> new Endpoint()).add(nanos, ok);
        }
    }

    public long errors() {
        return endpoints.values().stream().mapToLong(e -> e.errors.get()).sum();
    }

    /** The summary table; throughput is over the measured wall-clock time. */
    public String report(double seconds) {
        StringBuilder out = new StringBuilder(String.format("%-34s %7s %6s %8s %8s %8s %8s %8s%n",
                "endpoint", "count", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms"));
        endpoints.forEach((name, e) -> {
            long[] s = e.sorted();
            out.append(String.format("%-34s %7d %6d %8.1f %8.1f %8.1f %8.1f %8.1f%n", name, s.length, e.errors.get(),
                    s.length / seconds, pct(s, 50), pct(s, 95), pct(s, 99), s.length == 0 ? 0 : s[s.length - 1] / 1e6));
        });
        return out.toString();
    }

    /** Nearest-rank percentile in milliseconds. */
    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static final class Endpoint {
        private final List<Long> samples = new ArrayList<>();
        private final AtomicLong errors = new AtomicLong();

        synchronized void add(long nanos, boolean ok) {
            samples.add(nanos);
            if (!ok) {
                errors.incrementAndGet();
            }
        }

        synchronized long[] sorted() {
            long[] s = samples.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(s);
            return s;
        }
    }
}
