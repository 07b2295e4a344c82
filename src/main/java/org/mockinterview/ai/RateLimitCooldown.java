package org.mockinterview.ai;

import jakarta.inject.Singleton;
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
 * Honours a model server's 429 Retry-After: until it passes, {@link LlmPlanner} and {@link LlmAdvisor} do not call
 * the model at all and interviews use the offline engine. Registered as a client filter because langchain4j's
 * exception drops headers; one bean, so the cool-down is shared by every client, as the account's limit is.
 */
@Provider
@Singleton
public class RateLimitCooldown implements ClientResponseFilter {

    // A hostile or buggy header must not switch the LLM off for hours.
    static final Duration MAX_COOLDOWN = Duration.ofMinutes(5);
    static final Duration DEFAULT_COOLDOWN = Duration.ofSeconds(10);

    private final Clock clock;
    private final AtomicReference<Instant> until = new AtomicReference<>(Instant.EPOCH);

    RateLimitCooldown(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (response.getStatus() == 429 && request.getUri().getPath().endsWith("/chat/completions")) {
            Instant end = clock.instant().plus(parse(response.getHeaderString("Retry-After")));
            until.accumulateAndGet(end, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /** How long calls are still suspended; zero when they are allowed. */
    public Duration remaining() {
        Duration left = Duration.between(clock.instant(), until.get());
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** True while a cool-down runs: calls are refused with {@code rate_limited} until it ends. */
    boolean coolingDown() {
        return !remaining().isZero();
    }

    Duration parse(String header) {
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
