package dev.neonkit.runtime.config;

import dev.neonkit.runtime.NeonDatabase;
import java.time.Duration;
import java.util.Objects;

/**
 * HikariCP settings for every pool a {@code NeonDatabase} opens. The defaults and the reason for each
 * live in {@link Setting}, next to the {@code NEONKIT_*} variable that overrides it.
 *
 * @param maximumPoolSize   upper bound of open connections per pool
 * @param minimumIdle       idle connections kept open; 0 lets an idle app drain its pool so Neon can suspend
 * @param connectionTimeout how long a borrow may wait, long enough to span a cold start
 * @param idleTimeout       an idle connection is closed after this (below Neon's 5-minute suspend delay)
 * @param maxLifetime       every connection is replaced after this
 * @param keepaliveTime     0 = off; a keepalive query keeps a Neon compute awake (and billed)
 * @param validationTimeout how long the pre-ping on borrow may take
 */
public record PoolSettings(
        int maximumPoolSize,
        int minimumIdle,
        Duration connectionTimeout,
        Duration idleTimeout,
        Duration maxLifetime,
        Duration keepaliveTime,
        Duration validationTimeout) {

    public PoolSettings {
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(maxLifetime, "maxLifetime");
        Objects.requireNonNull(keepaliveTime, "keepaliveTime");
        Objects.requireNonNull(validationTimeout, "validationTimeout");
        if (maximumPoolSize < 1) {
            throw new IllegalArgumentException("maximumPoolSize must be at least 1, got " + maximumPoolSize);
        }
        if (minimumIdle < 0 || minimumIdle > maximumPoolSize) {
            throw new IllegalArgumentException(
                    "minimumIdle must be between 0 and maximumPoolSize (" + maximumPoolSize + "), got " + minimumIdle);
        }
    }
}
