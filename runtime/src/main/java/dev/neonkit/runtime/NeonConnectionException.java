package dev.neonkit.runtime;

import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.internal.failure.ConnectionFailureClassifier;
import dev.neonkit.runtime.internal.failure.Redaction;
import java.sql.SQLException;
import java.util.Objects;

/**
 * A connection to a Neon (or any PostgreSQL) endpoint could not be opened, classified; {@link #kind()} is
 * {@link DatabaseException.Kind#CONNECTION_FAILED CONNECTION_FAILED}. The message says what
 * happened, where (endpoint kind, user, host, port, database) and what to do; it never contains the password
 * (nor {@code sslpassword}), and neither does any cause, suppressed or next exception it carries: a driver
 * message that would reveal one is replaced by a redacted copy.
 */
public final class NeonConnectionException extends DatabaseException {
    private static final long serialVersionUID = 1L;

    private final ConnectionFailure failure;
    private final boolean transientFailure;
    private final String endpoint;
    private final String detail;

    /**
     * @param failure          what failed
     * @param transientFailure whether a new attempt may succeed
     * @param endpoint         where, for the message; its credentials are redacted from {@code detail} and the causes
     * @param detail           the underlying error's message
     * @param cause            the underlying error
     */
    public NeonConnectionException(ConnectionFailure failure, boolean transientFailure, Endpoint endpoint,
                                   String detail, Throwable cause) {
        super(message(failure, endpoint, Redaction.of(endpoint).redact(detail)), Kind.CONNECTION_FAILED,
                cause instanceof SQLException sql ? sql.getSQLState() : null, null,
                Redaction.of(endpoint).redactedChain(cause));
        this.failure = Objects.requireNonNull(failure, "failure");
        this.transientFailure = transientFailure;
        this.endpoint = endpoint.description();
        this.detail = detail == null ? "" : Redaction.of(endpoint).redact(detail);
    }

    /**
     * Classifies {@code cause}, a failure to connect to or talk with {@code endpoint}, for code that opens
     * connections by other means (a migration tool with its own data source).
     */
    public static NeonConnectionException classify(Endpoint endpoint, Throwable cause) {
        ConnectionFailureClassifier.Classification classification = ConnectionFailureClassifier.classify(cause);
        return new NeonConnectionException(classification.failure(), classification.transientFailure(), endpoint,
                detailOf(cause), cause);
    }

    /** The error's message, plus its root cause's when that says more ("The connection attempt failed."). */
    private static String detailOf(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(error.getMessage());
        if (root == error || root.getMessage() == null || message.contains(root.getMessage())) {
            return message;
        }
        return message + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    /** What failed. */
    public ConnectionFailure failure() {
        return failure;
    }

    /** Whether a new attempt may succeed (a waking or restarting compute) rather than needing a fix. */
    public boolean transientFailure() {
        return transientFailure;
    }

    /** The endpoint as {@code pooled user@host:port/database}, without the password. */
    public String endpoint() {
        return endpoint;
    }

    /** The underlying error's own message (driver, proxy or pool), password removed; may be empty. */
    public String detail() {
        return detail;
    }

    /** What to do about it. */
    public String advice() {
        return failure.advice();
    }

    private static String message(ConnectionFailure failure, Endpoint endpoint, String detail) {
        return failure + ": " + failure.summary() + " (" + endpoint.description() + ")"
                + (detail == null || detail.isBlank() ? "" : ": " + stripFinalPeriod(detail))
                + ". What to do: " + failure.advice();
    }

    private static String stripFinalPeriod(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
