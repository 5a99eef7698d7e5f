package dev.neonkit.runtime;

import dev.neonkit.runtime.config.EndpointKind;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link NeonDatabase#health()}: whether one cheap query succeeded, how long it took, and on
 * failure what failed and what to do. Holds no password.
 *
 * @param status        UP when the query answered
 * @param endpoint      the endpoint checked, as {@code pooled user@host:port/database}
 * @param kind          pooled (through a transaction-mode pooler) or direct
 * @param latency       time to borrow a connection and run the query, or until the check gave up
 * @param serverVersion the server's {@code server_version}, when UP
 * @param pool          the pool after the check
 * @param failure       what failed, when DOWN
 * @param message       the classified error message (what happened, where, what to do), when DOWN
 */
public record HealthReport(
        Status status,
        String endpoint,
        EndpointKind kind,
        Duration latency,
        Optional<String> serverVersion,
        PoolStatistics pool,
        Optional<ConnectionFailure> failure,
        Optional<String> message) {

    /** UP: the database answered a query; DOWN: it did not. */
    public enum Status { UP, DOWN }

    public HealthReport {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(serverVersion, "serverVersion");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(message, "message");
        if ((status == Status.DOWN) != failure.isPresent()) {
            throw new IllegalArgumentException("a DOWN report, and only a DOWN report, names its failure");
        }
    }

    public boolean up() {
        return status == Status.UP;
    }

    /** What to do about the failure, when DOWN. */
    public Optional<String> advice() {
        return failure.map(ConnectionFailure::advice);
    }
}
