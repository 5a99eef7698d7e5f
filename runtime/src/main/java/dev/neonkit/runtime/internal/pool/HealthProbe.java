package dev.neonkit.runtime.internal.pool;

import dev.neonkit.runtime.ConnectionFailure;
import dev.neonkit.runtime.HealthReport;
import dev.neonkit.runtime.NeonConnectionException;
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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the health query on a pool within a deadline. One connection attempt when the pool is empty (no
 * cold-start retry: a health check reports the state now, its caller decides when to ask again), then
 * {@code SELECT current_setting('server_version')}. The check runs on its own thread so that a borrow
 * HikariCP would let wait for its whole connection timeout cannot hold the caller past the deadline.
 *
 * <p>A pool has at most one probe in flight: a check that starts while another's probe still runs (a sleeping
 * compute that does not answer) waits for that probe, within its own deadline, instead of starting another
 * thread and connection. A probe whose caller gave up is interrupted. A pool is logged at WARN when its check
 * goes DOWN and at DEBUG while it stays down, so a monitor polling a sleeping database does not flood the log.
 */
public final class HealthProbe {
    public static final String QUERY = "SELECT current_setting('server_version')";

    private static final Logger LOG = LoggerFactory.getLogger(HealthProbe.class);
    private static final ColdStartRetry SINGLE_ATTEMPT = ColdStartRetry.of(
            new RetrySettings(1, Duration.ZERO, Duration.ZERO), ColdStartRetry.Listener.NONE);

    /** The health-check state of one pool: its probe in flight, and whether its last check was DOWN. */
    public static final class State {
        private final AtomicReference<Probe> inFlight = new AtomicReference<>();
        private final AtomicBoolean down = new AtomicBoolean();
    }

    private record Probe(Thread thread, CompletableFuture<HealthReport> report) {
    }

    private HealthProbe() {
    }

    public static HealthReport check(EndpointPool pool, Duration timeout) {
        long startNanos = System.nanoTime();
        HealthReport report = await(pool, probe(pool, startNanos), timeout, startNanos);
        State state = pool.healthState();
        if (report.up()) {
            state.down.set(false);
        } else if (state.down.compareAndSet(false, true)) {
            LOG.warn("Health check of {} is DOWN: {}", report.endpoint(), report.message().orElse(""));
        } else {
            LOG.debug("Health check of {} is still DOWN: {}", report.endpoint(), report.message().orElse(""));
        }
        return report;
    }

    /** The probe in flight for {@code pool}, or a new one, started. */
    private static Probe probe(EndpointPool pool, long startNanos) {
        AtomicReference<Probe> inFlight = pool.healthState().inFlight;
        CompletableFuture<HealthReport> report = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                report.complete(query(pool, startNanos));
            } finally {
                inFlight.updateAndGet(current -> current != null && current.report() == report ? null : current);
            }
        }, "neonkit-health " + pool.endpoint().description());
        thread.setDaemon(true);
        Probe mine = new Probe(thread, report);
        Probe running = inFlight.compareAndExchange(null, mine);
        if (running != null) {
            return running;
        }
        thread.start();
        return mine;
    }

    private static HealthReport await(EndpointPool pool, Probe probe, Duration timeout, long startNanos) {
        try {
            return probe.report().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            // Stops the probe where it waits interruptibly; a connect blocked in the driver ends with the driver's
            // own timeout, and until then later checks wait for this probe rather than starting more.
            probe.thread().interrupt();
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
        try (Connection connection = pool.borrowUnlogged(SINGLE_ATTEMPT);
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
        return new HealthReport(HealthReport.Status.UP, pool.endpoint().description(),
                pool.endpoint().kind(), Duration.ofNanos(System.nanoTime() - startNanos), Optional.of(version),
                pool.statistics(), Optional.empty(), Optional.empty());
    }

    private static HealthReport down(EndpointPool pool, long startNanos, NeonConnectionException failure) {
        return new HealthReport(HealthReport.Status.DOWN, pool.endpoint().description(),
                pool.endpoint().kind(), Duration.ofNanos(System.nanoTime() - startNanos), Optional.empty(),
                pool.statistics(), Optional.of(failure.failure()), Optional.of(failure.getMessage()));
    }
}
