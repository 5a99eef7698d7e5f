package dev.neonkit.runtime.internal.transaction;

import dev.neonkit.runtime.DatabaseException;
import dev.neonkit.runtime.NeonDatabase;
import dev.neonkit.runtime.TransactionCallable;
import dev.neonkit.runtime.TransactionException;
import dev.neonkit.runtime.internal.failure.SqlStates;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transactions of one {@link NeonDatabase}: at most one per thread, on a primary connection held for the whole
 * block. Nested blocks join the outer one; the outermost block commits, rolls back and retries.
 */
public final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private final DataSource primary;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    public Transactions(DataSource primary) {
        this.primary = primary;
    }

    /** The connection of this thread's transaction, or null outside one. */
    public Connection current() {
        return current.get();
    }

    public <T> T run(int maxAttempts, TransactionCallable<T> body) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (current.get() != null) {
            return callJoined(body);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return runOnce(body);
            } catch (RuntimeException | Error failure) {
                if (attempt >= maxAttempts || !isRetryable(failure)) {
                    throw failure;
                }
                LOG.warn("Transaction attempt {} of {} failed with SQLSTATE {}; running the block again", attempt,
                        maxAttempts, SqlStates.firstIn(failure).orElse("?"));
            }
        }
    }

    private static <T> T callJoined(TransactionCallable<T> body) {
        try {
            return body.call();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (SQLException e) {
            throw new DatabaseException(e);
        } catch (Exception e) {
            throw new TransactionException(e);
        }
    }

    private <T> T runOnce(TransactionCallable<T> body) {
        Connection connection;
        try {
            connection = primary.getConnection();
        } catch (SQLException e) {
            throw new DatabaseException("Cannot start a transaction", e);
        }
        try {
            // pgjdbc sends BEGIN in the same flight as the first statement, so this costs no round trip.
            connection.setAutoCommit(false);
            current.set(connection);
            T result = callJoined(body);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback(connection, e);
            throw new DatabaseException(e);
        } catch (RuntimeException | Error e) {
            rollback(connection, e);
            throw e;
        } finally {
            current.remove();
            close(connection);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void close(Connection connection) {
        // HikariCP restores auto-commit when the connection goes back to the pool.
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.debug("Closing a transaction's connection failed", e);
        }
    }

    /** Whether the first SQLSTATE in {@code failure}'s cause chain asks for the whole transaction to run again. */
    private static boolean isRetryable(Throwable failure) {
        return SqlStates.firstIn(failure).filter(SqlStates::transactionRetryable).isPresent();
    }
}
