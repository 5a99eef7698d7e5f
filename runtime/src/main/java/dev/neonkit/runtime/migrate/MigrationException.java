package dev.neonkit.runtime.migrate;

import dev.neonkit.runtime.DatabaseException;
import dev.neonkit.runtime.internal.failure.SqlStates;

/**
 * A migration command failed: a script failed (the message names it and PostgreSQL's error), the database
 * could not be reached (the cause is then a {@link dev.neonkit.runtime.NeonConnectionException} saying what to
 * do; {@link #kind()} is then {@code CONNECTION_FAILED}), or the scripts could not be read. The message never
 * contains a password.
 */
public final class MigrationException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    MigrationException(String message, Throwable cause) {
        super(message, cause instanceof DatabaseException database ? database.kind()
                        : SqlStates.kind(SqlStates.firstIn(cause).orElse(null)),
                SqlStates.firstIn(cause).orElse(null), null, cause);
    }
}
