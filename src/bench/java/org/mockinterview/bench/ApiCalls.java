package org.mockinterview.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;

/** Untimed API calls that return the status with the body, for the fault scripts that judge each outcome. */
final class ApiCalls {

    /** A status and parsed body; status 0 means the connection failed (for example, the service was killed). */
    record Reply(int status, JsonNode body) {
        boolean ok() {
            return status / 100 == 2;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    Reply get(String url, String auth) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), auth);
    }

    Reply post(String url, String auth, Map<String, Object> body, String idempotencyKey) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (idempotencyKey != null) {
                b.header("Idempotency-Key", idempotencyKey);
            }
            return send(b, auth);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Reply send(HttpRequest.Builder b, String auth) {
        try {
            HttpResponse<byte[]> r = http.send(b.timeout(Duration.ofSeconds(30)).header("Authorization", auth)
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.body().length == 0 ? JSON.nullNode() : JSON.readTree(r.body()));
        } catch (IOException e) {
            return new Reply(0, JSON.nullNode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, JSON.nullNode());
        }
    }
}
