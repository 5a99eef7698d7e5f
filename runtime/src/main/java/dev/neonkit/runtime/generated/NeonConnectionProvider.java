package dev.neonkit.runtime.generated;

import dev.neonkit.runtime.Access;
import dev.neonkit.runtime.DatabaseException;
import dev.neonkit.runtime.NeonDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.jooq.ConnectionProvider;

/**
 * A jOOQ {@link ConnectionProvider} that takes part in neonkit transactions: inside
 * {@link NeonDatabase#transaction transaction} it hands out the transaction's connection and leaves it open;
 * outside, a pooled connection routed by {@link Access}, closed after each query.
 */
public final class NeonConnectionProvider implements ConnectionProvider {
    private final NeonDatabase database;
    private final Access access;

    /** Connections of {@code database} for {@code access}. */
    public NeonConnectionProvider(NeonDatabase database, Access access) {
        this.database = Objects.requireNonNull(database, "database");
        this.access = Objects.requireNonNull(access, "access");
    }

    @Override
    public Connection acquire() {
        try {
            return database.connection(access);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot borrow a connection", e);
        }
    }

    @Override
    public void release(Connection connection) {
        try {
            database.release(connection);
        } catch (SQLException e) {
            throw new DatabaseException("Cannot release a connection", e);
        }
    }
}
