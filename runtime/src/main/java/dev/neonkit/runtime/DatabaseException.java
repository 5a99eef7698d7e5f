package dev.neonkit.runtime;

import dev.neonkit.runtime.internal.failure.SqlStates;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The root of every failure neonkit raises about the database: a statement the server refused, a connection that
 * could not be opened ({@link NeonConnectionException}) or was lost, a stale {@code @Version}
 * ({@link OptimisticLockException}), a transaction body that failed ({@link TransactionException}). It is
 * unchecked, so repository methods need no {@code throws} clause; catch it and branch on {@link #kind()}, or on
 * {@link #sqlState()} and {@link #constraint()} for the details PostgreSQL reported.
 *
 * <p>The message is the driver's, which names the statement's problem (a constraint, a type) but never a password.
 */
public class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, read from the SQLSTATE (or the subclass) so callers need not know the codes. */
    public enum Kind {
        /** 23505: a unique constraint or primary key already holds the value. */
        UNIQUE_VIOLATION,
        /** 23503: a foreign key has no referenced row, or a referenced row is still referenced. */
        FOREIGN_KEY_VIOLATION,
        /** 23502: a NOT NULL column was given null. */
        NOT_NULL_VIOLATION,
        /** 23514: a check constraint refused the row. */
        CHECK_VIOLATION,
        /** 23P01: an exclusion constraint refused the row. */
        EXCLUSION_VIOLATION,
        /** Class 22: a value the column's type cannot hold (out of range, bad text, a NUL character). */
        INVALID_DATA,
        /** 40001: run the whole transaction again ({@code NeonDatabase.transaction} does). */
        SERIALIZATION_FAILURE,
        /** 40P01: run the whole transaction again ({@code NeonDatabase.transaction} does). */
        DEADLOCK,
        /** 57014: a statement timeout or a cancel stopped the statement. */
        QUERY_CANCELED,
        /** No connection could be opened: a {@link NeonConnectionException}, whose failure says why. */
        CONNECTION_FAILED,
        /** A connection in use was closed (class 08, or 57P01-57P03: the compute suspended or restarted). */
        CONNECTION_LOST,
        /** An {@link OptimisticLockException}: the row changed since it was read. */
        OPTIMISTIC_LOCK,
        /** Anything else; {@link #sqlState()} has the code when the server sent one. */
        OTHER
    }

    private final Kind kind;
    private final String sqlState;
    private final String constraint;

    /** @param cause the driver's exception */
    public DatabaseException(SQLException cause) {
        this(cause.getMessage(), SqlStates.kind(cause.getSQLState()), cause.getSQLState(), constraintOf(cause), cause);
    }

    /** As {@link #DatabaseException(SQLException)}, prefixed with what was being done. */
    public DatabaseException(String action, SQLException cause) {
        this(action + ": " + cause.getMessage(), SqlStates.kind(cause.getSQLState()), cause.getSQLState(),
                constraintOf(cause), cause);
    }

    /**
     * For subclasses and for failures without a driver exception of their own (a query jOOQ could not bind).
     *
     * @param sqlState   the SQLSTATE, or null
     * @param constraint the constraint PostgreSQL named, or null
     * @param cause      the underlying failure, or null
     */
    public DatabaseException(String message, Kind kind, String sqlState, String constraint, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.sqlState = sqlState;
        this.constraint = constraint;
    }

    /** What went wrong. */
    public Kind kind() {
        return kind;
    }

    /** The SQLSTATE of the failure ({@code 23505} unique violation, {@code 40001} serialization failure, ...). */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }

    /** The name of the constraint that refused the statement, when PostgreSQL named one. */
    public Optional<String> constraint() {
        return Optional.ofNullable(constraint);
    }

    private static String constraintOf(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof PSQLException server) {
                ServerErrorMessage details = server.getServerErrorMessage();
                return details == null ? null : details.getConstraint();
            }
        }
        return null;
    }
}
