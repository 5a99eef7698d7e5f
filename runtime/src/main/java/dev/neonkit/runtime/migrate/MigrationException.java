package dev.neonkit.runtime.migrate;

/**
 * A migration command failed: a script failed (the message names it and PostgreSQL's error), the database
 * could not be reached (the cause is then a {@link dev.neonkit.runtime.NeonConnectionException} saying what to
 * do), or the scripts could not be read. The message never contains a password.
 */
public final class MigrationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
