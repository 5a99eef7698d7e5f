package dev.neonkit.runtime;

import dev.neonkit.runtime.config.Secret;
import java.sql.SQLException;

/**
 * Removes a password from texts that leave neonkit. pgjdbc does not put passwords into its messages, but a
 * proxy, a future driver or a mistyped URL might; every message neonkit wraps passes through here first.
 */
final class Redaction {
    private Redaction() {
    }

    static String redact(String text, Secret secret) {
        if (text == null || !secret.isSet()) {
            return text;
        }
        return text.replace(secret.reveal(), secret.redacted());
    }

    /**
     * {@code cause} itself when no message in its chain reveals the secret; otherwise a copy of the chain with
     * redacted messages, the same SQLStates and the same stack traces.
     */
    static Throwable redactedChain(Throwable cause, Secret secret) {
        if (cause == null || !secret.isSet() || !reveals(cause, secret)) {
            return cause;
        }
        Throwable copiedCause = cause.getCause() == cause ? null : redactedChain(cause.getCause(), secret);
        String message = redact(cause.getMessage(), secret);
        Throwable copy = cause instanceof SQLException sql
                ? new SQLException(message, sql.getSQLState(), sql.getErrorCode(), copiedCause)
                : new Exception(cause.getClass().getName() + ": " + message, copiedCause);
        copy.setStackTrace(cause.getStackTrace());
        return copy;
    }

    private static boolean reveals(Throwable error, Secret secret) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(secret.reveal())) {
                return true;
            }
        }
        return false;
    }
}
