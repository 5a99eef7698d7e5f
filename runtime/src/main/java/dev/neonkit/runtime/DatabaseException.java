package dev.neonkit.runtime;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A statement failed; wraps the driver's {@link SQLException} so repository methods need no {@code throws} clause.
 * The message is the driver's, which names the statement's problem (a constraint, a type) but never a password.
 */
public final class DatabaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param cause the driver's exception */
    public DatabaseException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    /** As {@link #DatabaseException(SQLException)}, prefixed with what was being done. */
    public DatabaseException(String action, SQLException cause) {
        super(action + ": " + cause.getMessage(), cause);
    }

    /** The SQLSTATE of the failure ({@code 23505} unique violation, {@code 40001} serialization failure, ...). */
    public Optional<String> sqlState() {
        return Optional.ofNullable(((SQLException) getCause()).getSQLState());
    }
}
