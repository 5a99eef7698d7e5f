package dev.neonkit.runtime;

/**
 * A transaction body threw a checked exception other than {@link java.sql.SQLException}; the transaction was rolled
 * back and {@link #getCause()} is that exception. Runtime exceptions and errors from the body are rethrown as they
 * are, and {@code SQLException}s as {@link DatabaseException}.
 */
public final class TransactionException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    /** @param cause the checked exception the body threw */
    public TransactionException(Exception cause) {
        super("The transaction was rolled back: " + cause, Kind.OTHER, null, null, cause);
    }
}
