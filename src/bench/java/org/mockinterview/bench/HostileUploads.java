package org.mockinterview.bench;

import org.mockinterview.resume.fixtures.HostilePdfs;
import org.mockinterview.support.TestTokens;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Uploads every hostile PDF of the test corpus to a running service, several rounds on two threads, and checks the
 * service answers each with a 4xx and stays alive (run the service with a small heap, e.g. -Xmx256m).
 */
public final class HostileUploads {

    private HostileUploads() {
    }

    public static void main(String[] args) throws Exception {
        String base = arg(args, "--base", "http://127.0.0.1:18081");
        int rounds = Integer.parseInt(arg(args, "--rounds", "3"));
        Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        files.put("decompression bomb", HostilePdfs::decompressionBomb);
        files.put("deeply nested arrays", HostilePdfs::deeplyNestedArrays);
        files.put("deeply nested dictionaries", HostilePdfs::deeplyNestedDictionaries);
        files.put("huge page tree", HostilePdfs::hugePageTree);
        files.put("cyclic page tree", HostilePdfs::cyclicPageTree);
        files.put("text flood", HostilePdfs::textFlood);
        files.put("50 pages", () -> HostilePdfs.manyPages(50));
        files.put("encrypted", HostilePdfs::encrypted);
        files.put("truncated", HostilePdfs::truncated);
        files.put("image only", HostilePdfs::imageOnly);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = TestTokens.bearer("hostile-" + UUID.randomUUID());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, Supplier<byte[]>> f : files.entrySet()) {
                byte[] pdf = f.getValue().get();
                results.add(pool.submit(() -> f.getKey() + " -> " + upload(http, base, token, pdf)));
            }
        }
        int failures = 0;
        for (Future<String> result : results) {
            String line = result.get();
            System.out.println(line);
            failures += line.matches(".* -> 4\\d\\d .*") ? 0 : 1;
        }
        pool.shutdown();
        HttpResponse<String> live = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/live")).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.println("uploads: " + results.size() + ", not 4xx: " + failures + ", liveness afterwards: "
                + live.statusCode());
        System.exit(failures == 0 && live.statusCode() == 200 ? 0 : 1);
    }

    private static String upload(HttpClient http, String base, String token, byte[] pdf) throws Exception {
        String boundary = "b" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes();
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes();
        byte[] body = new byte[head.length + pdf.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(pdf, 0, body, head.length, pdf.length);
        System.arraycopy(tail, 0, body, head.length + pdf.length, tail.length);
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/resumes"))
                .header("Authorization", token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String type = r.body().replaceAll(".*\"type\":\"[^\"]*/([a-z-]+)\".*", "$1");
        return r.statusCode() + " " + type + " in " + (System.nanoTime() - t0) / 1_000_000 + " ms";
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
