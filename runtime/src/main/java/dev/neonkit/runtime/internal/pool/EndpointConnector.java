package dev.neonkit.runtime.internal.pool;

import dev.neonkit.runtime.NeonConnectionException;
import dev.neonkit.runtime.config.Endpoint;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.postgresql.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens physical pgjdbc connections to one endpoint: {@code endpoint.jdbcUrl()} with user and password as
 * connection properties, every failure classified as a {@link NeonConnectionException}.
 *
 * <p>It is also the data source HikariCP creates its connections from. A borrowing thread that finds the pool
 * empty opens the connection itself (so it sees the failure at once and runs the cold-start retry) and hands
 * it over with {@link #adopt}; HikariCP's next request for a physical connection then receives it, so the
 * pool owns it and no connection is opened twice.
 */
public final class EndpointConnector extends DataSourceBase {
    private static final Logger LOG = LoggerFactory.getLogger(EndpointConnector.class);
    /**
     * A handed-over connection that HikariCP did not take within this time is closed instead of pooled. HikariCP
     * normally asks within milliseconds; one left over (another borrower was served first) would be trusted
     * without validation for its first moments in the pool, so it must not have waited long.
     */
    private static final Duration ADOPTION_WINDOW = Duration.ofSeconds(5);

    private record Handover(Connection connection, long handedOverAtNanos) {
    }

    private final Endpoint endpoint;
    private final int maximumHandovers;
    private final Driver driver = new Driver();
    private final Deque<Handover> handovers = new ConcurrentLinkedDeque<>();
    private volatile NeonConnectionException lastFailure;

    /** A connector for unpooled use ({@link #adopt} is not used). */
    public EndpointConnector(Endpoint endpoint) {
        this(endpoint, 1);
    }

    /** A connector for a pool of {@code maximumPoolSize}: more handed-over connections than that are closed. */
    public EndpointConnector(Endpoint endpoint, int maximumPoolSize) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.maximumHandovers = maximumPoolSize;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** One connection attempt, without retry. */
    public Connection open() throws NeonConnectionException {
        try {
            // Credentials (user, password, sslpassword) travel as properties: pgjdbc cannot parse them in a URL.
            Connection connection = driver.connect(endpoint.jdbcUrl(), endpoint.connectionProperties());
            if (connection == null) {
                throw new SQLException("pgjdbc does not accept the URL " + endpoint.jdbcUrl());
            }
            lastFailure = null;
            return connection;
        } catch (SQLException | RuntimeException failure) {
            NeonConnectionException classified = NeonConnectionException.classify(endpoint, failure);
            lastFailure = classified;
            throw classified;
        }
    }

    /** The failure of the most recent attempt, or null when it succeeded. */
    public NeonConnectionException lastFailure() {
        return lastFailure;
    }

    /**
     * Hands a connection opened by a borrowing thread to the pool: the pool's next physical connect returns it.
     * A connection beyond what the pool could ever take is closed at once rather than left waiting.
     */
    public void adopt(Connection connection) {
        synchronized (handovers) {
            if (handovers.size() < maximumHandovers) {
                handovers.addLast(new Handover(connection, System.nanoTime()));
                return;
            }
        }
        closeQuietly(connection);
    }

    /** Whether a handed-over connection waits for the pool to take it. */
    public boolean hasHandover() {
        return !handovers.isEmpty();
    }

    /** HikariCP's physical connect: a handed-over connection if a fresh one waits, else a new one. */
    @Override
    public Connection getConnection() throws SQLException {
        for (Handover handover; (handover = handovers.pollFirst()) != null; ) {
            if (System.nanoTime() - handover.handedOverAtNanos() <= ADOPTION_WINDOW.toNanos()) {
                return handover.connection();
            }
            closeQuietly(handover.connection());
        }
        try {
            return open();
        } catch (NeonConnectionException failure) {
            LOG.warn("Pool could not open a connection: {}", failure.getMessage());
            throw failure;
        }
    }

    /**
     * HikariCP passes the user and password it was configured with, which are this endpoint's; the
     * endpoint's own are used so that there is one way credentials reach the driver.
     */
    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    /** Closes connections that were handed over but never taken (the pool is closing). */
    public void closeHandovers() {
        for (Handover handover; (handover = handovers.pollFirst()) != null; ) {
            closeQuietly(handover.connection());
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing an unused connection: nothing depends on it succeeding.
        }
    }
}
