package dev.neonkit.runtime.internal.pool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.neonkit.runtime.ConnectionFailure;
import dev.neonkit.runtime.NeonConnectionException;
import dev.neonkit.runtime.PoolStatistics;
import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.config.PoolSettings;
import dev.neonkit.runtime.config.RetrySettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HikariCP pool of one endpoint, as the {@code DataSource} applications borrow from.
 *
 * <p>Borrowing from an empty pool (the first borrow, and every borrow after the pool drained or lost its
 * connections to a suspend) runs the cold-start retry in the borrowing thread and hands the new connection to
 * the pool; concurrent borrowers wait for that one cold start rather than each running their own. Borrowing
 * from a pool that has connections is plain HikariCP, including its pre-ping: a connection idle for more than
 * 500 ms is checked with {@code Connection.isValid} (one empty-query round trip) and replaced when dead. Every
 * failure reaches the caller as a classified {@link NeonConnectionException}.
 */
public final class EndpointPool extends DataSourceBase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EndpointPool.class);

    private final Endpoint endpoint;
    private final PoolSettings settings;
    private final EndpointConnector connector;
    private final ColdStartRetry retry;
    private final HikariDataSource hikari;
    private final Object coldStartLock = new Object();
    /** The cold start one borrower runs while others wait for it; null when none runs. */
    private ColdStart coldStartInFlight;
    private final HealthProbe.State healthState = new HealthProbe.State();

    public EndpointPool(Endpoint endpoint, PoolSettings settings, ColdStartRetry retry) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.connector = new EndpointConnector(endpoint, settings.maximumPoolSize());
        this.hikari = new HikariDataSource(hikariConfig(endpoint, settings, connector));
    }

    /** HikariCP's configuration: the endpoint's URL and credentials, the pool settings, Neon-aware choices. */
    public static HikariConfig hikariConfig(Endpoint endpoint, PoolSettings settings, EndpointConnector connector) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(poolName(endpoint));
        // HikariCP opens every physical connection through the connector, which holds the endpoint's URL and
        // credentials; so the pool's own configuration never holds the password.
        config.setDataSource(connector);
        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setMinimumIdle(settings.minimumIdle());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setIdleTimeout(settings.idleTimeout().toMillis());
        config.setMaxLifetime(settings.maxLifetime().toMillis());
        config.setKeepaliveTime(settings.keepaliveTime().toMillis());
        config.setValidationTimeout(settings.validationTimeout().toMillis());
        // A sleeping or unreachable database must not stop the application from starting: the pool opens
        // connections when they are first borrowed, and health() reports DOWN until then.
        config.setInitializationFailTimeout(-1);
        // No connectionTestQuery: pgjdbc is a JDBC4 driver, so HikariCP's borrow check is Connection.isValid.
        return config;
    }

    public static String poolName(Endpoint endpoint) {
        return "neonkit-" + endpoint.kind().label() + "-" + endpoint.host() + "-" + endpoint.database();
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public PoolSettings settings() {
        return settings;
    }

    /** The retry settings of the pool's own cold starts (borrows through {@link #getConnection()}). */
    public RetrySettings coldStartSettings() {
        return retry.settings();
    }

    public HealthProbe.State healthState() {
        return healthState;
    }

    public EndpointConnector connector() {
        return connector;
    }

    /** Borrows a connection, running the full cold-start retry when the pool is empty. */
    @Override
    public Connection getConnection() throws SQLException {
        return borrow(retry);
    }

    /** Credentials come from the endpoint; a pool cannot lend connections of another user. */
    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLException("This pool connects as " + endpoint.user()
                + "; configure another user with its own DATABASE_URL rather than per call");
    }

    /** Borrows a connection; {@code coldStart} governs the attempts when the pool is empty. */
    public Connection borrow(ColdStartRetry coldStart) throws NeonConnectionException {
        try {
            return borrowUnlogged(coldStart);
        } catch (NeonConnectionException failure) {
            LOG.error("{}", failure.getMessage());
            throw failure;
        }
    }

    /** As {@link #borrow}, leaving the logging of a failure to the caller (the health check logs once). */
    public Connection borrowUnlogged(ColdStartRetry coldStart) throws NeonConnectionException {
        if (isEmpty()) {
            awaitColdStart(coldStart);
        }
        return borrowFromHikari();
    }

    /** A cold start in progress: its outcome, and how many attempts it may make. */
    private record ColdStart(CompletableFuture<Void> outcome, int maxAttempts) {
    }

    /**
     * Gets the empty pool its first connection. One borrower runs the cold-start retry and hands its connection
     * to the pool; borrowers arriving meanwhile wait for that outcome instead of opening connections of their
     * own, which would exceed the pool's maximum (HikariCP then opens further connections as it needs them,
     * within the maximum). A waiting borrower shares the failure of a cold start that tried at least as often
     * as it would have; after a shorter one (a health check's single attempt) it runs its own.
     */
    private void awaitColdStart(ColdStartRetry coldStart) throws NeonConnectionException {
        int maxAttempts = coldStart.settings().maxAttempts();
        while (true) {
            ColdStart mine = new ColdStart(new CompletableFuture<>(), maxAttempts);
            ColdStart running;
            synchronized (coldStartLock) {
                if (coldStartInFlight == null && (!isEmpty() || connector.hasHandover())) {
                    return; // another borrower's cold start finished since this one looked
                }
                if (coldStartInFlight == null) {
                    coldStartInFlight = mine;
                }
                running = coldStartInFlight;
            }
            if (running == mine) {
                runColdStart(coldStart, mine.outcome());
                return;
            }
            NeonConnectionException failure = awaitOtherColdStart(running.outcome());
            if (failure == null) {
                return;
            }
            if (running.maxAttempts() >= maxAttempts) {
                // A copy, so this borrower's stack trace shows where it waited; the cause keeps the original.
                throw new NeonConnectionException(failure.failure(), failure.transientFailure(), endpoint,
                        failure.detail(), failure);
            }
        }
    }

    private void runColdStart(ColdStartRetry coldStart, CompletableFuture<Void> outcome)
            throws NeonConnectionException {
        try {
            connector.adopt(coldStart.call("Connecting to " + endpoint.description(), connector::open));
            outcome.complete(null);
        } catch (RuntimeException failure) {
            outcome.completeExceptionally(failure);
            throw failure;
        } finally {
            synchronized (coldStartLock) {
                coldStartInFlight = null;
            }
        }
    }

    /** Waits for another borrower's cold start; its failure, or null when it succeeded. */
    private NeonConnectionException awaitOtherColdStart(CompletableFuture<Void> outcome)
            throws NeonConnectionException {
        try {
            outcome.get();
            return null;
        } catch (ExecutionException failed) {
            return failed.getCause() instanceof NeonConnectionException failure
                    ? failure : NeonConnectionException.classify(endpoint, failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new NeonConnectionException(ConnectionFailure.UNKNOWN, false, endpoint,
                    "interrupted while waiting for another borrower's cold start", interrupted);
        }
    }

    private boolean isEmpty() {
        return hikari.getHikariPoolMXBean().getTotalConnections() == 0;
    }

    private Connection borrowFromHikari() throws NeonConnectionException {
        try {
            return hikari.getConnection();
        } catch (SQLException failure) {
            // HikariCP gives up after connectionTimeout and attaches the last connect failure, if any.
            PoolStatistics pool = statistics();
            if (pool.total() >= pool.maximum() && !(failure.getCause() instanceof NeonConnectionException)) {
                throw new NeonConnectionException(ConnectionFailure.POOL_TIMEOUT, false, endpoint,
                        failure.getMessage(), failure);
            }
            throw NeonConnectionException.classify(endpoint, failure);
        }
    }

    public PoolStatistics statistics() {
        HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
        if (pool == null) {
            return new PoolStatistics(0, 0, 0, 0, settings.maximumPoolSize());
        }
        return new PoolStatistics(pool.getActiveConnections(), pool.getIdleConnections(),
                pool.getTotalConnections(), pool.getThreadsAwaitingConnection(), settings.maximumPoolSize());
    }

    /** The HikariCP pool itself, for metrics registration and tests. */
    public HikariDataSource hikari() {
        return hikari;
    }

    @Override
    public void close() {
        hikari.close();
        connector.closeHandovers();
    }

    @Override
    public String toString() {
        return "EndpointPool[" + poolName(endpoint) + "]";
    }
}
