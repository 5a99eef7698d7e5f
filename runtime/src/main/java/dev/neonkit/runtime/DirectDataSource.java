package dev.neonkit.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unpooled connections to the direct endpoint, for migrations and other session-level work: every
 * {@code getConnection()} opens a new connection (with the cold-start retry) that the caller must close.
 */
final class DirectDataSource extends DataSourceBase {
    private static final Logger LOG = LoggerFactory.getLogger(DirectDataSource.class);

    private final EndpointConnector connector;
    private final ColdStartRetry retry;

    DirectDataSource(EndpointConnector connector, ColdStartRetry retry) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.retry = Objects.requireNonNull(retry, "retry");
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
