package dev.neonkit.runtime;

import dev.neonkit.runtime.config.RetrySettings;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the health query on a pool within a deadline. One connection attempt when the pool is empty (no
 * cold-start retry: a health check reports the state now, its caller decides when to ask again), then
 * {@code SELECT current_setting('server_version')}. The check runs on its own thread so that a borrow
 * HikariCP would let wait for its whole connection timeout cannot hold the caller past the deadline.
 */
final class HealthProbe {
    static final String QUERY = "SELECT current_setting('server_version')";

    private static final ColdStartRetry SINGLE_ATTEMPT = ColdStartRetry.of(
            new RetrySettings(1, Duration.ZERO, Duration.ZERO), ColdStartRetry.Listener.NONE);

    private HealthProbe() {
    }

    static HealthReport check(EndpointPool pool, Duration timeout) {
        long startNanos = System.nanoTime();
        CompletableFuture<HealthReport> report = new CompletableFuture<>();
        Thread probe = new Thread(() -> report.complete(query(pool, startNanos)), "neonkit-health");
        probe.setDaemon(true);
        probe.start();
        try {
            return report.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            NeonConnectionException last = pool.connector().lastFailure();
            NeonConnectionException failure = last != null ? last : new NeonConnectionException(
                    ConnectionFailure.REFUSED_OR_TIMED_OUT, true, pool.endpoint(),
                    "no answer within the health check's " + timeout.toMillis() + " ms", late);
            return down(pool, startNanos, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return down(pool, startNanos, new NeonConnectionException(ConnectionFailure.UNKNOWN, false,
                    pool.endpoint(), "the health check was interrupted", interrupted));
        } catch (ExecutionException impossible) {
            // query() catches everything it can throw; keep the promise that health() never throws.
            return down(pool, startNanos, NeonConnectionException.classify(pool.endpoint(), impossible.getCause()));
        }
    }

    private static HealthReport query(EndpointPool pool, long startNanos) {
        String version;
        try (Connection connection = pool.borrow(SINGLE_ATTEMPT);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(QUERY)) {
            result.next();
            version = result.getString(1);
        } catch (NeonConnectionException failure) {
            return down(pool, startNanos, failure);
        } catch (SQLException | RuntimeException failure) {
            return down(pool, startNanos, NeonConnectionException.classify(pool.endpoint(), failure));
        }
        // Built after the connection went back, so the statistics show the pool as the check left it.
        return new HealthReport(HealthReport.Status.UP, NeonConnectionException.describe(pool.endpoint()),
                pool.endpoint().kind(), Duration.ofNanos(System.nanoTime() - startNanos), Optional.of(version),
                pool.statistics(), Optional.empty(), Optional.empty());
    }

    private static HealthReport down(EndpointPool pool, long startNanos, NeonConnectionException failure) {
        return new HealthReport(HealthReport.Status.DOWN, NeonConnectionException.describe(pool.endpoint()),
                pool.endpoint().kind(), Duration.ofNanos(System.nanoTime() - startNanos), Optional.empty(),
                pool.statistics(), Optional.of(failure.failure()), Optional.of(failure.getMessage()));
    }
}
