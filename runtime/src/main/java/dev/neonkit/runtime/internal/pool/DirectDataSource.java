package dev.neonkit.runtime.internal.pool;

import dev.neonkit.runtime.NeonConnectionException;
import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.config.NeonConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unpooled connections to the direct endpoint, for migrations and other session-level work (the drift check, the
 * CLI): every {@code getConnection()} opens a new connection (with the cold-start retry) that the caller must
 * close. No pool is opened, so there are no pool threads, no sharing with open pools and no pool settings to
 * reconcile.
 */
public final class DirectDataSource extends DataSourceBase {
    private static final Logger LOG = LoggerFactory.getLogger(DirectDataSource.class);

    private final EndpointConnector connector;
    private final ColdStartRetry retry;

    private DirectDataSource(EndpointConnector connector, ColdStartRetry retry) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.retry = Objects.requireNonNull(retry, "retry");
    }

    /** Connections to {@code config}'s direct endpoint ({@code DATABASE_URL_UNPOOLED}, or the derived one). */
    public static DirectDataSource of(NeonConfig config) {
        Objects.requireNonNull(config, "config");
        return of(config.direct(), ColdStartRetry.of(config.retry(), ColdStartRetry.Listener.NONE));
    }

    /** Connections to {@code direct}, each opened with {@code coldStart}. */
    public static DirectDataSource of(Endpoint direct, ColdStartRetry coldStart) {
        return new DirectDataSource(new EndpointConnector(direct), coldStart);
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return retry.call("Connecting to " + connector.endpoint().description(),
                    connector::open);
        } catch (NeonConnectionException failure) {
            LOG.error("{}", failure.getMessage());
            throw failure;
        }
    }

    /** Credentials come from the endpoint. */
    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        throw new SQLException("This data source connects as " + connector.endpoint().user()
                + "; configure another user with its own DATABASE_URL_UNPOOLED rather than per call");
    }

    @Override
    public String toString() {
        return "DirectDataSource[" + connector.endpoint().description() + "]";
    }
}
