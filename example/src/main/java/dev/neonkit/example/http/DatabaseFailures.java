package dev.neonkit.example.http;

import dev.neonkit.runtime.ConnectionFailure;
import dev.neonkit.runtime.DatabaseException;
import dev.neonkit.runtime.NeonConnectionException;
import dev.neonkit.runtime.UnstorableValueException;
import java.util.Optional;

/**
 * Which database failures a client can do something about, and what it is told: one rule for the HTTP router and the
 * serverless handler. Everything else is the service's own fault (a wrong password, a bug) and answers 500.
 */
public final class DatabaseFailures {
    /** Seconds a client should wait before retrying a 503: a Neon compute wakes in well under that. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private DatabaseFailures() {
    }

    /**
     * 503 for a database that is waking, restarting or busy, or that lost the connection mid-request (retrying
     * helps); 400 for a value its column cannot hold; empty for anything else.
     */
    public static Optional<ApiException> answer(DatabaseException failure) {
        if (retryHelps(failure)) {
            return Optional.of(ApiException.unavailable("The database is not available right now (a suspended"
                    + " database may be waking up); retry in " + RETRY_AFTER_SECONDS + " seconds."));
        }
        if (failure instanceof UnstorableValueException refused) {
            return Optional.of(ApiException.badRequest("A value of the request cannot be stored"
                    + refused.column().map(column -> " in " + column).orElse("") + ": " + refused.reason() + "."));
        }
        return Optional.empty();
    }

    /** Whether the same request may succeed in a moment. */
    public static boolean retryHelps(DatabaseException failure) {
        if (failure instanceof NeonConnectionException connection) {
            return connection.transientFailure() || connection.failure() == ConnectionFailure.POOL_TIMEOUT;
        }
        return failure.kind() == DatabaseException.Kind.CONNECTION_LOST;
    }
}
