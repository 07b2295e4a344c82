package org.mockinterview.platform.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Readiness of the database, probed once a second on a thread of its own and answered from the last result.
 *
 * <p>The stock check borrowed a pooled connection on every probe, so under a burst the probe queued behind the
 * requests holding the pool and readiness took seconds to answer. A busy pool is not an outage: only a failed
 * connection or query marks the database DOWN.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final long PERIOD_MILLIS = 1000;

    private final AgroalDataSource dataSource;
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("database-readiness").daemon().factory());
    private volatile State state = new State(false, "not probed yet", Instant.EPOCH);

    private record State(boolean up, String detail, Instant at) {
    }

    private final java.time.Clock clock;

    DatabaseReadiness(AgroalDataSource dataSource, java.time.Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        probe();
        prober.scheduleWithFixedDelay(this::probe, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        prober.shutdownNow();
    }

    @Override
    public HealthCheckResponse call() {
        State s = state;
        return HealthCheckResponse.named("database").status(s.up()).withData("detail", s.detail())
                .withData("checkedAt", s.at().toString()).build();
    }

    void probe() {
        try (Connection c = dataSource.getConnection()) {
            state = c.isValid(2) ? new State(true, "ok", clock.instant())
                    : new State(false, "connection not valid", clock.instant());
        } catch (SQLException | RuntimeException e) {
            if (PoolExhaustion.isCauseOf(e)) {
                return; // every connection is busy serving requests: the database itself answered them
            }
            state = new State(false, e.getClass().getSimpleName() + ": " + e.getMessage(), clock.instant());
        }
    }
}
