package dev.neonkit.runtime.config;

import java.util.Objects;
import java.util.Optional;

/**
 * The effective configuration of a process: which endpoints it uses for what, and how it pools and retries.
 * Built from the environment by {@link EnvironmentConfig}, or explicitly; validated at construction. Its
 * {@code toString()} shows no password.
 *
 * @param primary     writes and, without a replica, reads ({@code DATABASE_URL_RW}, else {@code DATABASE_URL},
 *                    else the libpq {@code PG*} variables)
 * @param readReplica reads when set ({@code DATABASE_URL_RO})
 * @param direct      migrations and other session-level work ({@code DATABASE_URL_UNPOOLED}, else the
 *                    primary with {@code -pooler} removed from a Neon host, else the primary)
 * @param pool        pool settings for every pool
 * @param retry       cold-start retry of the first connection
 * @param serverless  whether serverless defaults were applied (AWS Lambda or {@code NEONKIT_SERVERLESS=true})
 */
public record NeonConfig(
        Endpoint primary,
        Optional<Endpoint> readReplica,
        Endpoint direct,
        PoolSettings pool,
        RetrySettings retry,
        boolean serverless) {

    public NeonConfig {
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(readReplica, "readReplica");
        Objects.requireNonNull(direct, "direct");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(retry, "retry");
    }

    /** Where reads go: the replica when there is one, else the primary. */
    public Endpoint read() {
        return readReplica.orElse(primary);
    }
}
