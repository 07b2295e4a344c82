package org.mockinterview.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.mockinterview.support.TestTokens;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;

/** A timed JSON/multipart client for the service's API; every call is recorded in {@link LoadStats}. */
public final class LoadClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final String base;
    private final LoadStats stats;

    public LoadClient(String base, LoadStats stats) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.stats = stats;
    }

    /** A bearer token for a synthetic user, valid for an hour (longer than any bounded run). */
    public static String bearer(String subject) {
        return "Bearer " + TestTokens.sign(TestTokens.claims(subject).expiresAt(Instant.now().plusSeconds(3600)));
    }

    /** The parsed body of a successful call, or null when it failed (the failure is recorded). */
    public JsonNode postJson(String endpoint, String path, String auth, Object body, String idempotencyKey) {
        try {
            HttpRequest.Builder b = request(path, auth).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (idempotencyKey != null) {
                b.header("Idempotency-Key", idempotencyKey);
            }
            return send(endpoint, b.build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A GET without credentials, e.g. a health probe; the body when it succeeded, else null. */
    public JsonNode get(String endpoint, String path) {
        return get(endpoint, path, null);
    }

    /** A GET as the given caller. */
    public JsonNode get(String endpoint, String path, String auth) {
        return send(endpoint, request(path, auth).GET().build());
    }

    /** Uploads a PDF as the multipart part {@code file}. */
    public JsonNode uploadPdf(String endpoint, String auth, String fileName, byte[] pdf) {
        String boundary = "bench" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream(pdf.length + 256);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return send(endpoint, request("/api/v1/resumes", auth)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private HttpRequest.Builder request(String path, String auth) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        return auth == null ? b : b.header("Authorization", auth);
    }

    private JsonNode send(String endpoint, HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long took = System.nanoTime() - start;
            boolean ok = r.statusCode() / 100 == 2;
            stats.record(endpoint, took, ok);
            if (!ok) {
                System.err.println(endpoint + " -> " + r.statusCode() + " "
                        + new String(r.body(), 0, Math.min(200, r.body().length), StandardCharsets.UTF_8));
                return null;
            }
            return r.body().length == 0 ? JSON.nullNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            stats.record(endpoint, System.nanoTime() - start, false);
            System.err.println(endpoint + " -> " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
