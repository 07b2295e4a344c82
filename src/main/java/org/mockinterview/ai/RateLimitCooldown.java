package org.mockinterview.ai;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import jakarta.ws.rs.ext.Provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Honours a model server's 429 Retry-After: until it passes, {@link LlmGateway} does not call the model at all and
 * interviews use the offline engine. Registered as a client filter because langchain4j's exception drops headers.
 */
@Provider
public class RateLimitCooldown implements ClientResponseFilter {

    // Shared across client instances: a rate limit belongs to the account, not to one client object.
    private static final AtomicReference<Instant> UNTIL = new AtomicReference<>(Instant.MIN);
    // A hostile or buggy header must not switch the LLM off for hours.
    static final Duration MAX_COOLDOWN = Duration.ofMinutes(5);
    static final Duration DEFAULT_COOLDOWN = Duration.ofSeconds(10);
    static Clock clock = Clock.systemUTC();

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (response.getStatus() == 429 && request.getUri().getPath().endsWith("/chat/completions")) {
            Duration wait = parse(response.getHeaderString("Retry-After"));
            UNTIL.accumulateAndGet(clock.instant().plus(wait), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /** How long calls are still suspended; zero when they are allowed. */
    public static Duration remaining() {
        Duration left = Duration.between(clock.instant(), UNTIL.get().isBefore(Instant.EPOCH) ? Instant.EPOCH
                : UNTIL.get());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Clears the cool-down (tests, operations). */
    public static void reset() {
        UNTIL.set(Instant.MIN);
    }

    static Duration parse(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT_COOLDOWN;
        }
        Duration d;
        try {
            d = Duration.ofSeconds(Long.parseLong(header.trim()));
        } catch (NumberFormatException e) {
            try {
                d = Duration.between(clock.instant(),
                        ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (RuntimeException unparsable) {
                d = DEFAULT_COOLDOWN;
            }
        }
        return d.isNegative() ? Duration.ZERO : d.compareTo(MAX_COOLDOWN) > 0 ? MAX_COOLDOWN : d;
    }
}
