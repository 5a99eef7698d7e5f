package dev.neonkit.runtime.internal.failure;

import dev.neonkit.runtime.config.Endpoint;
import dev.neonkit.runtime.config.Secret;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes an endpoint's credentials (password, {@code sslpassword}) from texts that leave neonkit. pgjdbc does not
 * put passwords into its messages, but a proxy, a future driver or a mistyped URL might; every message neonkit
 * wraps passes through here first.
 *
 * <p>A credential is replaced by {@code ****} where it occurs. A credential that is very short, or that is part of
 * the user, database or host name, cannot be replaced that way: every {@code ****} would then show where the
 * credential is (a message naming user {@code "****"} says the password equals the user name). A text containing
 * such a credential is withheld as a whole.
 */
public final class Redaction {
    /** Replaces a text that contains a credential which cannot be cut out of it safely. */
    public static final String WITHHELD = "(message withheld: it could not be shown without risking the password)";
    private static final int SHORTEST_REPLACEABLE = 4;

    private final List<String> replaceable;
    private final List<String> withholding;

    private Redaction(List<String> replaceable, List<String> withholding) {
        this.replaceable = replaceable;
        this.withholding = withholding;
    }

    /** The redaction of {@code endpoint}'s credentials. */
    public static Redaction of(Endpoint endpoint) {
        List<String> names = List.of(endpoint.user(), endpoint.database(), endpoint.host());
        List<String> credentials = endpoint.credentials().stream().filter(Secret::isSet).map(Secret::reveal)
                .filter(value -> !value.isEmpty()).distinct().toList();
        return new Redaction(
                credentials.stream().filter(value -> !unsafeToReplace(value, names)).toList(),
                credentials.stream().filter(value -> unsafeToReplace(value, names)).toList());
    }

    private static boolean unsafeToReplace(String credential, List<String> names) {
        return credential.length() < SHORTEST_REPLACEABLE || names.stream().anyMatch(name -> name.contains(credential));
    }

    /** {@code text} without credentials: each replaced by {@code ****}, or the whole text withheld. */
    public String redact(String text) {
        if (text == null || !reveals(text)) {
            return text;
        }
        if (withholding.stream().anyMatch(text::contains)) {
            return WITHHELD;
        }
        String redacted = text;
        for (String credential : replaceable) {
            redacted = redacted.replace(credential, Secret.of(credential).redacted());
        }
        return redacted;
    }

    /**
     * {@code error} itself when no message in it reveals a credential (following causes, suppressed exceptions
     * and {@link SQLException#getNextException()}); otherwise a copy with redacted messages, the same SQLStates
     * and the same stack traces.
     */
    public Throwable redactedChain(Throwable error) {
        if (error == null || !revealsAnywhere(error, Collections.newSetFromMap(new IdentityHashMap<>()))) {
            return error;
        }
        return copy(error, new IdentityHashMap<>());
    }

    private boolean reveals(String text) {
        return text != null && (replaceable.stream().anyMatch(text::contains)
                || withholding.stream().anyMatch(text::contains));
    }

    private boolean revealsAnywhere(Throwable error, Set<Throwable> seen) {
        if (error == null || !seen.add(error)) {
            return false;
        }
        if (reveals(error.getMessage()) || revealsAnywhere(error.getCause(), seen)) {
            return true;
        }
        for (Throwable suppressed : error.getSuppressed()) {
            if (revealsAnywhere(suppressed, seen)) {
                return true;
            }
        }
        return error instanceof SQLException sql && revealsAnywhere(sql.getNextException(), seen);
    }

    private Throwable copy(Throwable error, Map<Throwable, Throwable> copies) {
        if (error == null) {
            return null;
        }
        Throwable done = copies.get(error);
        if (done != null) {
            return done;
        }
        String message = redact(error.getMessage());
        Throwable copy = error instanceof SQLException sql
                ? new SQLException(message, sql.getSQLState(), sql.getErrorCode())
                : new Exception(error.getClass().getName() + ": " + message);
        copies.put(error, copy);
        copy.setStackTrace(error.getStackTrace());
        if (error.getCause() != null && error.getCause() != error) {
            copy.initCause(copy(error.getCause(), copies));
        }
        for (Throwable suppressed : error.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, copies));
        }
        if (error instanceof SQLException sql && sql.getNextException() != null) {
            ((SQLException) copy).setNextException((SQLException) copy(sql.getNextException(), copies));
        }
        return copy;
    }
}
