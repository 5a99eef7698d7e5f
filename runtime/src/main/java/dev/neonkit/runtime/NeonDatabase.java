package dev.neonkit.runtime;

import dev.neonkit.runtime.config.ConfigException;
import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.config.EnvironmentConfig;
import dev.neonkit.runtime.config.NeonConfig;
import dev.neonkit.runtime.internal.pool.ColdStartRetry;
import dev.neonkit.runtime.internal.pool.DirectDataSource;
import dev.neonkit.runtime.internal.pool.EndpointPool;
import dev.neonkit.runtime.internal.pool.HealthProbe;
import dev.neonkit.runtime.internal.pool.PoolRegistry;
import dev.neonkit.runtime.internal.transaction.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * The database of a process, configured from {@code DATABASE_URL} and friends: a HikariCP pool for writes, a
 * data source for reads (the {@code DATABASE_URL_RO} replica when set), unpooled connections to the direct
 * endpoint for migrations, and a health check.
 *
 * <p><b>Pools.</b> A process has one pool per JDBC URL and user. Instances share pools through a process-wide
 * registry with reference counts: a second {@code NeonDatabase} for the same URL borrows from the first one's
 * pool, the primary and the read data source are one pool when they are the same endpoint, and a pool closes
 * when the last instance using it is closed. A pool opens no connection at construction: a suspended or
 * unreachable database does not stop the application from starting.
 *
 * <p><b>Cold start.</b> Borrowing from an empty pool (the first borrow, and after the pool drained or lost its
 * connections) retries transient failures with bounded exponential backoff and jitter
 * ({@link dev.neonkit.runtime.config.RetrySettings}), logging each retry at WARN with its attempt number; a
 * failure no retry can fix (password, database name, TLS) is raised at once. Every failure is logged and
 * raised as a classified {@link NeonConnectionException}.
 *
 * <p><b>Pre-ping.</b> HikariCP checks a connection when it is borrowed after more than 500 ms idle
 * (its {@code aliveBypassWindowMs}), with {@code Connection.isValid}: pgjdbc sends an empty query, one round
 * trip, bounded by the validation timeout. A connection that fails the check (the compute suspended or
 * restarted, a proxy dropped it) is closed and the borrow moves on to another or a new one, so the caller
 * gets a live connection. A connection borrowed again within 500 ms is not checked. No
 * {@code connectionTestQuery} is set.
 *
 * <p><b>Serverless.</b> With {@code NeonConfig.serverless()} defaults (small pool, {@code minimumIdle} 0), an
 * instance per request is cheap: construction opens no connection and {@code close()} closes the pool's
 * connections when no other instance shares it, which is Neon's rule for edge-style runtimes:
 * <pre>{@code
 * try (NeonDatabase db = NeonDatabase.fromEnv();
 *      Connection connection = db.dataSource().getConnection()) {
 *     ... // handle one request
 * }
 * }</pre>
 * Where the runtime reuses the JVM between invocations (AWS Lambda), keep one instance in a static field
 * instead: its idle connections are validated on borrow after the function thaws.
 *
 * <p><b>Transactions.</b> {@link #transaction(TransactionCallable)} runs a block on one primary connection; everything
 * that asks for a connection through {@link #connection(Access)} on the same thread (all generated repositories of
 * this instance) joins it:
 * <pre>{@code
 * Order stored = db.transaction(() -> {
 *     customers.update(customer);
 *     return orders.insert(order);
 * });
 * }</pre>
 */
public final class NeonDatabase implements AutoCloseable {
    /** How many times {@link #transaction(TransactionCallable)} runs a block that keeps failing with a retryable error. */
    public static final int DEFAULT_TRANSACTION_ATTEMPTS = 3;

    /** How long {@link #health()} waits for an answer. */
    public static final Duration DEFAULT_HEALTH_TIMEOUT = Duration.ofSeconds(5);

    private final NeonConfig config;
    private final ColdStartRetry coldStart;
    private final EndpointPool primary;
    private final EndpointPool read;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Transactions transactions;
    private volatile DirectDataSource direct;

    private NeonDatabase(NeonConfig config, ColdStartRetry.Listener retryListener) {
        this.config = Objects.requireNonNull(config, "config");
        this.coldStart = ColdStartRetry.of(config.retry(), retryListener);
        this.primary = PoolRegistry.acquire(config.primary(), config.pool(), coldStart);
        EndpointPool readPool;
        try {
            readPool = PoolRegistry.acquire(config.read(), config.pool(), coldStart);
        } catch (RuntimeException failure) {
            PoolRegistry.release(primary);
            throw failure;
        }
        this.read = readPool;
        this.transactions = new Transactions(primary);
    }

    /**
     * Configured from the process environment ({@code DATABASE_URL}, {@code DATABASE_URL_RO},
     * {@code DATABASE_URL_UNPOOLED}, {@code PG*}, {@code NEONKIT_*}).
     *
     * @throws ConfigException when a variable is missing or malformed; the message says which and how to fix it
     */
    public static NeonDatabase fromEnv() {
        return create(EnvironmentConfig.fromSystemEnvironment());
    }

    /** Configured from {@code environment}, read as {@link #fromEnv()} reads the process environment. */
    public static NeonDatabase fromEnvironment(Map<String, String> environment) {
        return create(EnvironmentConfig.fromEnvironment(environment));
    }

    /** Configured with explicit settings. */
    public static NeonDatabase create(NeonConfig config) {
        return new NeonDatabase(config, ColdStartRetry.Listener.NONE);
    }

    /** As {@link #create(NeonConfig)}, telling {@code retryListener} about every cold-start retry. */
    static NeonDatabase create(NeonConfig config, ColdStartRetry.Listener retryListener) {
        return new NeonDatabase(config, retryListener);
    }

    /** The pooled data source of the primary: writes, and reads that must see them. */
    public DataSource dataSource() {
        ensureOpen();
        return primary;
    }

    /**
     * The pooled data source for reads: the read replica ({@code DATABASE_URL_RO}) when configured, else the
     * primary's pool. A replica lags the primary slightly; read your own writes from {@link #dataSource()}.
     */
    public DataSource readDataSource() {
        ensureOpen();
        return read;
    }

    /**
     * Unpooled connections to the direct endpoint (never through a transaction-mode pooler), for migrations
     * and session-level features; each {@code getConnection()} opens a new connection the caller closes.
     */
    public DataSource directDataSource() {
        ensureOpen();
        DirectDataSource current = direct;
        if (current == null) {
            synchronized (this) {
                if (direct == null) {
                    direct = DirectDataSource.of(config.direct(), coldStart);
                }
                current = direct;
            }
        }
        return current;
    }

    /**
     * Runs {@code body} in a transaction on the primary and returns its result: commit when it returns, rollback
     * when it throws. {@link #transaction(int, TransactionCallable)} with {@link #DEFAULT_TRANSACTION_ATTEMPTS}.
     */
    public <T> T transaction(TransactionCallable<T> body) {
        return transaction(DEFAULT_TRANSACTION_ATTEMPTS, body);
    }

    /** As {@link #transaction(TransactionCallable)}, for a body without a result. */
    public void transaction(TransactionRunnable body) {
        transaction(DEFAULT_TRANSACTION_ATTEMPTS, body);
    }

    /**
     * Runs {@code body} in a transaction on the primary and returns its result.
     *
     * <ul>
     *   <li>Every {@link #connection(Access)} of this instance on this thread, and so every generated repository
     *       built on it, uses the transaction's connection while the body runs.</li>
     *   <li>The body returning commits; the body throwing rolls back and rethrows: runtime exceptions and errors as
     *       they are, {@link SQLException} as {@link DatabaseException}, other checked exceptions as
     *       {@link TransactionException}.</li>
     *   <li>Called inside a transaction of this instance on the same thread, the body joins it: it neither commits
     *       nor retries, and an exception it throws rolls back the whole outer transaction once the outer block
     *       lets it through (there are no savepoints).</li>
     *   <li>When the outermost block fails with a serialization failure ({@code 40001}) or a deadlock
     *       ({@code 40P01}), anywhere in its cause chain and at commit too, the whole block runs again on a new
     *       transaction, up to {@code maxAttempts} runs in all. The block must therefore be safe to re-run.</li>
     * </ul>
     *
     * <p>Round trips: {@code BEGIN} travels with the first statement, so a transaction of n statements costs n + 1
     * (the commit).
     *
     * @param maxAttempts how many times the block may run, at least 1
     */
    public <T> T transaction(int maxAttempts, TransactionCallable<T> body) {
        ensureOpen();
        return transactions.run(maxAttempts, body);
    }

    /** As {@link #transaction(int, TransactionCallable)}, for a body without a result. */
    public void transaction(int maxAttempts, TransactionRunnable body) {
        transaction(maxAttempts, () -> {
            body.run();
            return null;
        });
    }

    /** Whether this thread is inside a {@link #transaction(TransactionCallable) transaction} of this instance. */
    public boolean inTransaction() {
        return transactions.current() != null;
    }

    /**
     * A connection for one unit of work: this thread's transaction connection when inside a transaction, else a
     * pooled connection from {@link #readDataSource()} ({@link Access#READ}) or {@link #dataSource()}
     * ({@link Access#WRITE}) in auto-commit mode. Give it back with {@link #release(Connection)}, never
     * {@code close()}, so a transaction's connection stays open.
     */
    public Connection connection(Access access) throws SQLException {
        ensureOpen();
        Connection inTransaction = transactions.current();
        if (inTransaction != null) {
            return inTransaction;
        }
        return (access == Access.READ ? read : primary).getConnection();
    }

    /** Gives back a connection from {@link #connection(Access)}: closes it unless it is the transaction's. */
    public void release(Connection connection) throws SQLException {
        if (connection != null && connection != transactions.current()) {
            connection.close();
        }
    }

    /** The direct endpoint, for tools (Flyway) that connect by URL, user and password. */
    public Endpoint directEndpoint() {
        return config.direct();
    }

    /** The configuration this instance was built from. */
    public NeonConfig config() {
        return config;
    }

    /** Statistics of the primary pool. */
    public PoolStatistics poolStatistics() {
        return primary.statistics();
    }

    /** {@link #health(Duration)} with {@link #DEFAULT_HEALTH_TIMEOUT}. */
    public HealthReport health() {
        return health(DEFAULT_HEALTH_TIMEOUT);
    }

    /**
     * Checks the primary with one query ({@code SELECT current_setting('server_version')}) through its pool.
     * An empty pool gets one connection attempt, without the cold-start retry; the check gives up after
     * {@code timeout}. Never throws for an unreachable database: the report is DOWN with the classified
     * failure and what to do.
     */
    public HealthReport health(Duration timeout) {
        ensureOpen();
        return HealthProbe.check(primary, timeout);
    }

    /** Releases this instance's pools; a pool closes when no other instance in the process uses it. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            PoolRegistry.release(read);
            PoolRegistry.release(primary);
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("This NeonDatabase is closed; create a new one");
        }
    }

    @Override
    public String toString() {
        return "NeonDatabase[primary=" + config.primary().description()
                + ", read=" + config.read().description() + "]";
    }
}
