package dev.neonkit.runtime;

import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.config.NeonConfig;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Unpooled connections to a configuration's direct endpoint, for tools that need nothing else (migrations, the
 * drift check, the CLI): no pool is opened, so there are no pool threads, no sharing with open pools and no pool
 * settings to reconcile. Each {@code getConnection()} opens a new connection, with the configuration's cold-start
 * retry, that the caller closes.
 */
public final class DirectConnections {
    private DirectConnections() {
    }

    /** A data source for {@code config}'s direct endpoint ({@code DATABASE_URL_UNPOOLED}, or the derived one). */
    public static DataSource dataSource(NeonConfig config) {
        Objects.requireNonNull(config, "config");
        return dataSource(config.direct(), ColdStartRetry.of(config.retry(), ColdStartRetry.Listener.NONE));
    }

    /** The one way neonkit builds its direct data sources. */
    static DirectDataSource dataSource(Endpoint direct, ColdStartRetry coldStart) {
        return new DirectDataSource(new EndpointConnector(direct), coldStart);
    }
}
