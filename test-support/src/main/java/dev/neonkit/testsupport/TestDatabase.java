package dev.neonkit.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A fresh database of its own on the {@link TestPostgres} server, dropped on {@link #close()}.
 *
 * <p>It gives the same database in the shapes code under test expects:
 * <pre>{@code
 * db.connect();        // a plain pgjdbc Connection
 * db.dataSource();     // an unpooled javax.sql.DataSource
 * db.jdbcUrl();        // jdbc:postgresql://localhost:54321/orders_k3x9...  (no credentials; use user()/password())
 * db.libpqUrl();       // postgresql://postgres@localhost:54321/orders_k3x9...  (as in DATABASE_URL)
 * }</pre>
 * Its {@link #toString()} never shows the password.
 */
public final class TestDatabase implements AutoCloseable {

    private final ServerEndpoint endpoint;
    private final String name;
    private final Consumer<TestDatabase> dropper;
    private boolean closed;

    TestDatabase(ServerEndpoint endpoint, String name, Consumer<TestDatabase> dropper) {
        this.endpoint = endpoint;
        this.name = name;
        this.dropper = dropper;
    }

    /** The server this database lives on, for building URLs that reach it another way (see {@link FaultProxy}). */
    public ServerEndpoint endpoint() {
        return endpoint;
    }

    /** Host name or IP address of the server (an IPv6 address without brackets). */
    public String host() {
        return endpoint.host();
    }

    /** TCP port of the server. */
    public int port() {
        return endpoint.port();
    }

    /** The database name: lowercase letters, digits and '_'. */
    public String name() {
        return name;
    }

    /** The login role; it owns this database. */
    public String user() {
        return endpoint.user();
    }

    /** The role's password, or {@code ""} when the server trusts local connections (embedded PostgreSQL). */
    public String password() {
        return endpoint.password();
    }

    /**
     * {@code jdbc:postgresql://host:port/name}, followed by the server's driver properties (such as
     * {@code sslmode}). It holds no credentials: pass {@link #user()} and {@link #password()}
     * as properties, as pgjdbc requires.
     */
    public String jdbcUrl() {
        return ServerUrls.jdbc(endpoint.host(), endpoint.port(), name, endpoint.driverProperties());
    }

    /**
     * {@code postgresql://user[:password]@host:port/name?...}, every part percent-encoded: what {@code DATABASE_URL}
     * holds. The server's driver properties follow under their pgjdbc names (such as {@code channelBinding}), which
     * neonkit-runtime reads in a {@code postgresql://} URL as well; the servers test-support starts have none. It
     * contains the password; do not log it.
     */
    public String libpqUrl() {
        return ServerUrls.libpq(endpoint.user(), endpoint.password(), endpoint.host(), endpoint.port(), name,
                endpoint.driverProperties());
    }

    /** Opens a new plain pgjdbc connection; the caller closes it. */
    public Connection connect() throws SQLException {
        return dataSource().getConnection();
    }

    /** An unpooled pgjdbc data source for this database: each {@code getConnection()} opens a new connection. */
    public DataSource dataSource() {
        return DataSources.forDatabase(endpoint, name);
    }

    /**
     * Terminates the connections still open to this database and drops it. Calling it again does nothing.
     *
     * @throws IllegalStateException if the server refuses to drop it
     */
    @Override
    public synchronized void close() {
        if (!closed) {
            dropper.accept(this);
            closed = true;
        }
    }

    @Override
    public String toString() {
        return "TestDatabase[" + endpoint.user() + "@" + endpoint.host() + ":" + endpoint.port() + "/" + name + "]";
    }
}
